import { errorCodes, getCode } from './data';
import { codeIndexOf, lookupIn, nearestIn, type HexLookupResult } from './code-parse';
import type { ErrorCode } from './schema';

export { MAX_INPUT_LENGTH, codeIndexOf, hexFromSlug, lookupIn, normaliseCode, slugOf } from './code-parse';
export type { CodeIndex, HexLookupResult, InvalidReason } from './code-parse';

/** The lookup over the whole data set (server side, tests); results carry the code's record. */
export type LookupResult = Exclude<HexLookupResult, { kind: 'found' }> | { kind: 'found'; code: ErrorCode; alias?: string };

export const codeIndex = codeIndexOf(errorCodes);

/** Up to `limit` known codes nearest to `hex` (typos first, then shared prefix, then distance). */
export function nearestCodes(hex: string, limit = 3, typed = ''): string[] {
  return nearestIn(codeIndex, hex, limit, typed);
}

/** Looks a code up however it was typed. Never throws. */
export function lookupCode(input: string): LookupResult {
  const result = lookupIn(codeIndex, input);
  if (result.kind !== 'found') return result;
  const code = getCode(result.hex);
  if (!code) return { kind: 'invalid', reason: 'not-a-code' };
  return result.alias ? { kind: 'found', code, alias: result.alias } : { kind: 'found', code };
}
