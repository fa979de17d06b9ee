import codesJson from '../../content/errors/codes.json';
import diagnosisJson from '../../content/errors/diagnosis.json';
import {
  diagnosisEntrySchema,
  errorCodeSchema,
  type DiagnosisEntry,
  type ErrorCode,
} from './schema';

/**
 * The error-code data, validated when this module is first imported. Invalid data throws an
 * Error naming the file, the code and the field, so a bad edit fails the build and the tests.
 */

function fail(file: string, where: string, field: string, problem: string): never {
  throw new Error(`content/errors/${file}: ${where}${field ? ` → ${field}` : ''}: ${problem}`);
}

function recordLabel(raw: unknown, index: number): string {
  const hex = raw && typeof raw === 'object' && 'hex' in raw ? (raw as { hex: unknown }).hex : undefined;
  return typeof hex === 'string' && hex ? hex : `record #${index}`;
}

/** Validates raw codes.json data; throws naming the code and the field. */
export function validateCodes(raw: unknown): ErrorCode[] {
  if (!Array.isArray(raw)) fail('codes.json', 'top level', '', 'must be an array of codes');
  const out: ErrorCode[] = [];
  raw.forEach((item, i) => {
    const result = errorCodeSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      fail('codes.json', recordLabel(item, i), issue.path.join('.'), issue.message);
    }
    out.push(result.data);
  });

  const seen = new Map<string, string>();
  for (const code of out) {
    const expected = Number.parseInt(code.hex.slice(2), 16);
    if (code.unsigned !== expected) fail('codes.json', code.hex, 'unsigned', `is ${code.unsigned}, the hex says ${expected}`);
    if (code.signed !== (expected | 0)) fail('codes.json', code.hex, 'signed', `is ${code.signed}, the hex says ${expected | 0}`);
    for (const spelling of [code.hex, ...(code.aliases ?? [])]) {
      const other = seen.get(spelling);
      if (other) fail('codes.json', code.hex, spelling === code.hex ? 'hex' : 'aliases', `${spelling} is already used by ${other}`);
      seen.set(spelling, code.hex);
    }
  }
  for (const code of out) {
    code.related.forEach((hex, i) => {
      if (hex === code.hex) fail('codes.json', code.hex, `related.${i}`, 'a code cannot be related to itself');
      if (!out.some((c) => c.hex === hex)) fail('codes.json', code.hex, `related.${i}`, `${hex} is not in codes.json`);
    });
  }
  return out;
}

/** Validates raw diagnosis.json data against the known codes; throws naming the code and the field. */
export function validateDiagnosis(raw: unknown, known: ReadonlyMap<string, ErrorCode>): DiagnosisEntry[] {
  if (!Array.isArray(raw)) fail('diagnosis.json', 'top level', '', 'must be an array of entries');
  const out: DiagnosisEntry[] = [];
  raw.forEach((item, i) => {
    const result = diagnosisEntrySchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      fail('diagnosis.json', recordLabel(item, i), issue.path.join('.'), issue.message);
    }
    const entry = result.data;
    if (!known.has(entry.hex)) fail('diagnosis.json', entry.hex, 'hex', 'is not in codes.json');
    if (out.some((e) => e.hex === entry.hex)) fail('diagnosis.json', entry.hex, 'hex', 'appears twice');
    out.push(entry);
  });
  return out;
}

/** Every code, in the order of codes.json (Microsoft's list, then related, then header-only). */
export const errorCodes: readonly ErrorCode[] = validateCodes(codesJson);

const byHex: ReadonlyMap<string, ErrorCode> = new Map(errorCodes.map((c) => [c.hex, c]));
const byAlias: ReadonlyMap<string, ErrorCode> = new Map(
  errorCodes.flatMap((c) => (c.aliases ?? []).map((a) => [a, c] as const)),
);

/** "Why did I get this?" data, one entry per code that has it. */
export const diagnosisEntries: readonly DiagnosisEntry[] = validateDiagnosis(diagnosisJson, byHex);

/** Canonical hex of every code, in data order. */
export const knownHexes: readonly string[] = errorCodes.map((c) => c.hex);

function canonicalKey(hex: string): string {
  const digits = hex.trim().replace(/^0x/i, '').toUpperCase();
  return `0x${digits}`;
}

/**
 * The record for a code, by its hex (`0xC004C003`, `0xc004c003` or `C004C003`), or by an alias
 * (`0x4004F065` gives 0xC004F065). Undefined when the code is not in the data. For any other
 * spelling (full-width, decimal, with spaces), use `lookupCode` from `./lookup`.
 */
export function getCode(hex: string): ErrorCode | undefined {
  if (typeof hex !== 'string') return undefined;
  const key = canonicalKey(hex);
  return byHex.get(key) ?? byAlias.get(key);
}

/** The diagnosis entry for a code (canonical hex), if it has one. */
export function getDiagnosisEntry(hex: string): DiagnosisEntry | undefined {
  const code = getCode(hex);
  return code ? diagnosisEntries.find((e) => e.hex === code.hex) : undefined;
}
