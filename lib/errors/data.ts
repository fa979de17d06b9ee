import codesJson from '../../content/errors/codes.json';
import diagnosisJson from '../../content/errors/diagnosis.json';
import type { DiagnosisEntry, ErrorCode } from './schema';
import { validateCodes, validateDiagnosis } from './validate';

/**
 * The error-code data. The structural checks run when this module is first imported and raise
 * the content loader's ContentError naming the file and the field; `validateContent` runs them
 * again together with the source-id and story-slug checks, so the build fails either way.
 */

/** Every code, in the order of codes.json (Microsoft's list, then related, then header-only). */
export const errorCodes: readonly ErrorCode[] = validateCodes(codesJson);

const byHex: ReadonlyMap<string, ErrorCode> = new Map(errorCodes.map((c) => [c.hex, c]));
const byAlias: ReadonlyMap<string, ErrorCode> = new Map(
  errorCodes.flatMap((c) => (c.aliases ?? []).map((a) => [a, c] as const)),
);

/** "Why did I get this?" data, one entry per code that has it. */
export const diagnosisEntries: readonly DiagnosisEntry[] = validateDiagnosis(diagnosisJson, new Set(byHex.keys()));

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
