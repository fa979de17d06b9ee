import { ContentError } from '../content/errors';
import { diagnosisEntrySchema, errorCodeSchema, type DiagnosisEntry, type ErrorCode } from './schema';

/**
 * Validation of the error-code data (content/errors/codes.json and diagnosis.json). Every problem
 * raises the one ContentError of the content loader, naming the file and the field
 * (`content/errors/codes.json → [0xC004C003].signed: …`). `lib/errors/data.ts` runs the
 * structural checks when it is imported; `validateContent` runs all of them, including the
 * source ids and story slugs, which need the rest of the content.
 */

export const CODES_FILE = 'content/errors/codes.json';
export const DIAGNOSIS_FILE = 'content/errors/diagnosis.json';

function recordLabel(raw: unknown, index: number): string {
  const hex = raw && typeof raw === 'object' && 'hex' in raw ? (raw as { hex: unknown }).hex : undefined;
  return typeof hex === 'string' && hex ? `[${hex}]` : `[${index}]`;
}

function field(label: string, path: string): string {
  return path ? `${label}.${path}` : label;
}

/** Checks raw codes.json data; returns the typed records or throws a ContentError. */
export function validateCodes(raw: unknown): ErrorCode[] {
  if (!Array.isArray(raw)) throw new ContentError(CODES_FILE, null, 'must be an array of codes');
  const out = raw.map((item, i) => {
    const result = errorCodeSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ContentError(CODES_FILE, field(recordLabel(item, i), issue.path.map(String).join('.')), issue.message);
    }
    return result.data;
  });

  const seen = new Map<string, string>();
  for (const code of out) {
    const at = `[${code.hex}]`;
    const expected = Number.parseInt(code.hex.slice(2), 16);
    if (code.unsigned !== expected) throw new ContentError(CODES_FILE, `${at}.unsigned`, `is ${code.unsigned}, the hex says ${expected}`);
    if (code.signed !== (expected | 0)) throw new ContentError(CODES_FILE, `${at}.signed`, `is ${code.signed}, the hex says ${expected | 0}`);
    for (const spelling of [code.hex, ...(code.aliases ?? [])]) {
      const other = seen.get(spelling);
      if (other) throw new ContentError(CODES_FILE, `${at}.${spelling === code.hex ? 'hex' : 'aliases'}`, `${spelling} is already used by ${other}`);
      seen.set(spelling, code.hex);
    }
  }
  for (const code of out) {
    code.related.forEach((hex, i) => {
      if (hex === code.hex) throw new ContentError(CODES_FILE, `[${code.hex}].related.${i}`, 'a code cannot be related to itself');
      if (!seen.has(hex) || seen.get(hex) !== hex) throw new ContentError(CODES_FILE, `[${code.hex}].related.${i}`, `${hex} is not in codes.json`);
    });
  }
  return out;
}

/** Checks raw diagnosis.json data against the known codes; throws a ContentError. */
export function validateDiagnosis(raw: unknown, known: ReadonlySet<string>): DiagnosisEntry[] {
  if (!Array.isArray(raw)) throw new ContentError(DIAGNOSIS_FILE, null, 'must be an array of entries');
  const out: DiagnosisEntry[] = [];
  raw.forEach((item, i) => {
    const result = diagnosisEntrySchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ContentError(DIAGNOSIS_FILE, field(recordLabel(item, i), issue.path.map(String).join('.')), issue.message);
    }
    const entry = result.data;
    if (!known.has(entry.hex)) throw new ContentError(DIAGNOSIS_FILE, `[${entry.hex}].hex`, 'is not in codes.json');
    if (out.some((e) => e.hex === entry.hex)) throw new ContentError(DIAGNOSIS_FILE, `[${entry.hex}].hex`, 'appears twice');
    out.push(entry);
  });
  return out;
}

/** Checks that every source id is in sources.json and every story slug is a story step. */
export function validateErrorReferences(
  codes: readonly ErrorCode[],
  diagnosis: readonly DiagnosisEntry[],
  known: { sourceIds: ReadonlySet<string>; storySlugs: readonly string[] },
): void {
  const source = (file: string, at: string, id: string) => {
    if (!known.sourceIds.has(id)) throw new ContentError(file, at, `unknown source id "${id}" (not in content/sources.json)`);
  };
  for (const code of codes) {
    code.sources.forEach((id, i) => source(CODES_FILE, `[${code.hex}].sources.${i}`, id));
    code.inStory.forEach((slug, i) => {
      if (!known.storySlugs.includes(slug)) throw new ContentError(CODES_FILE, `[${code.hex}].inStory.${i}`, `"${slug}" is not a story step (content/{ja,en}/story/)`);
    });
  }
  for (const entry of diagnosis) {
    entry.causes.forEach((cause, c) => cause.sources.forEach((id, i) => source(DIAGNOSIS_FILE, `[${entry.hex}].causes.${c}.sources.${i}`, id)));
  }
}

/** All checks on the raw files; used by validateContent. */
export function validateErrorData(
  rawCodes: unknown,
  rawDiagnosis: unknown,
  known: { sourceIds: ReadonlySet<string>; storySlugs: readonly string[] },
): { codes: ErrorCode[]; diagnosis: DiagnosisEntry[] } {
  const codes = validateCodes(rawCodes);
  const diagnosis = validateDiagnosis(rawDiagnosis, new Set(codes.map((c) => c.hex)));
  validateErrorReferences(codes, diagnosis, known);
  return { codes, diagnosis };
}
