import type { ErrorCode } from './schema';

/**
 * The parsing half of the error-code lookup, with no data attached: it reads a code however a
 * visitor types or pastes it and matches it against a small index of known codes. Client
 * components import this module (a few KB) instead of the whole data set.
 * It accepts `0xC004C003`, `C004C003`, `c004c003`, `0x c004 c003`, `0X-C004-C003`, full-width IME
 * input (`０ｘＣ００４Ｃ００３`), signed or unsigned decimals (`-1073430525`, `3221536771`), and text
 * around the code (`Error: 0xC004C003`, `コード: 0xC004C003`). Pure logic: it never throws.
 */

/** The known codes (canonical hex) and other spellings that mean one of them (`0x4004F065`). */
export interface CodeIndex {
  hexes: readonly string[];
  aliases: Readonly<Record<string, string>>;
}

export function codeIndexOf(codes: readonly Pick<ErrorCode, 'hex' | 'aliases'>[]): CodeIndex {
  const aliases: Record<string, string> = {};
  for (const c of codes) for (const a of c.aliases ?? []) aliases[a.toUpperCase().replace(/^0X/, '0x')] = c.hex;
  return { hexes: codes.map((c) => c.hex), aliases };
}

/** Longer input is rejected before any processing. */
export const MAX_INPUT_LENGTH = 200;

export type InvalidReason = 'not-a-code' | 'too-long' | 'out-of-range';

export type HexLookupResult =
  /** A known code. `alias` is set when the input was another spelling of it (0x4004F065). */
  | { kind: 'found'; hex: string; alias?: string }
  /** A well-formed code that is not in the data, with up to 3 nearby known codes. */
  | { kind: 'unknown'; hex: string; suggestions: string[] }
  | { kind: 'empty' }
  | { kind: 'invalid'; reason: InvalidReason };

type Parsed =
  | { ok: true; hex: string; typed: string }
  | { ok: false; reason: InvalidReason | 'empty' };

const HEX = /^[0-9A-Fa-f]$/;
const SEP = /^[\s_-]$/;
const TWO_32 = 4294967296;

function toHex(value: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** Full-width → ASCII, every dash and minus look-alike → '-', invisible and control characters dropped. */
function clean(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\u2796\u30FC\uFE58\uFE63\uFF70]/g, '-')
    .replace(/[\u00AD\u200B-\u200F\u2060\uFEFF]/g, '')
    .replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')
    .trim();
}

/** A decimal string (optionally signed) as a 32-bit code, or null when it does not fit. */
function fromDecimal(text: string): Parsed {
  const negative = text.startsWith('-');
  const digits = text.replace(/^[-+]/, '').replace(/^0+(?=\d)/, '');
  if (digits.length > 10) return { ok: false, reason: 'out-of-range' };
  const magnitude = Number(digits);
  if (!Number.isSafeInteger(magnitude)) return { ok: false, reason: 'out-of-range' };
  if (negative) {
    if (magnitude > 2147483648) return { ok: false, reason: 'out-of-range' };
    return { ok: true, hex: toHex(magnitude === 0 ? 0 : TWO_32 - magnitude), typed: '' };
  }
  if (magnitude >= TWO_32) return { ok: false, reason: 'out-of-range' };
  return { ok: true, hex: toHex(magnitude), typed: '' };
}

interface PrefixedCandidate {
  digits: string;
  overflow: boolean;
}

/**
 * Every `0x…` in the text with the hex digits that follow it. Digits may be grouped by spaces,
 * dashes or underscores in pairs or fours (`0x c004 c003`, `0X-C004-C003`); collection stops at
 * eight digits, and a ninth digit right after them marks the candidate as overflowing.
 */
function prefixedCandidates(s: string): PrefixedCandidate[] {
  const out: PrefixedCandidate[] = [];
  const re = /0[xX]/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(s)) !== null) {
    const before = s[match.index - 1];
    if (before !== undefined && /[0-9A-Za-z]/.test(before)) continue;
    let j = match.index + 2;
    let digits = '';
    let overflow = false;
    while (j < s.length) {
      const ch = s[j]!;
      if (HEX.test(ch)) {
        if (digits.length === 8) {
          overflow = true;
          break;
        }
        digits += ch;
        j++;
        continue;
      }
      if (SEP.test(ch) && digits.length < 8 && digits.length % 2 === 0) {
        let k = j;
        while (k < s.length && k - j < 2 && SEP.test(s[k]!)) k++;
        if (k < s.length && HEX.test(s[k]!)) {
          j = k;
          continue;
        }
      }
      break;
    }
    if (digits) out.push({ digits: digits.toUpperCase(), overflow });
  }
  return out;
}

function parse(input: unknown): Parsed {
  if (typeof input !== 'string') return { ok: false, reason: 'empty' };
  if (input.length > MAX_INPUT_LENGTH) return { ok: false, reason: 'too-long' };
  const s = clean(input);
  if (!s) return { ok: false, reason: 'empty' };

  // 1. The whole input is a number: eight digits without a sign are hex written without 0x
  //    (80070005); anything else is a decimal (-1073430525, 3221536771, 3,221,536,771).
  const whole = s.replace(/[.。、,;:!?]+$/, '');
  if (/^[-+]?(\d+|\d{1,3}(,\d{3})+)$/.test(whole)) {
    const plain = whole.replace(/,/g, '');
    if (/^\d{8}$/.test(plain)) return { ok: true, hex: `0x${plain}`, typed: plain };
    return fromDecimal(plain);
  }

  // 2. 0x-prefixed hex anywhere in the text; a full eight-digit one wins over shorter ones.
  const prefixed = prefixedCandidates(s);
  if (prefixed.length > 0) {
    const best = prefixed.find((c) => c.digits.length === 8 && !c.overflow) ?? prefixed[0]!;
    if (best.overflow) return { ok: false, reason: 'out-of-range' };
    return { ok: true, hex: `0x${best.digits.padStart(8, '0')}`, typed: best.digits };
  }

  // 3. Eight hex digits without 0x, alone or as 4+4 (C004C003, c004 c003, C004-C003).
  const bare = /(?<![0-9A-Za-z])([0-9A-Fa-f]{4})[\s_-]?([0-9A-Fa-f]{4})(?![0-9A-Za-z])/.exec(s);
  if (bare) {
    const digits = `${bare[1]}${bare[2]}`.toUpperCase();
    return { ok: true, hex: `0x${digits}`, typed: digits };
  }

  // 4. A long decimal inside text (Error -1073430525).
  const decimal = /(?<![0-9A-Za-z.,])[-+]?\d{6,}(?![0-9A-Za-z])/.exec(s);
  if (decimal) return fromDecimal(decimal[0]);

  return { ok: false, reason: 'not-a-code' };
}

/**
 * The canonical spelling (`0xC004C003`) of whatever code the input contains, or null when it
 * holds none. It does not check that the code is in the data.
 */
export function normaliseCode(input: string): string | null {
  try {
    const parsed = parse(input);
    return parsed.ok ? parsed.hex : null;
  } catch {
    return null;
  }
}

function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 8; i++) if (a[i] !== b[i]) d++;
  return d;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Up to `limit` known codes nearest to `hex`: one-character typos first, then the longest shared
 * prefix (of what was typed, when fewer than eight digits were), then numeric distance.
 */
export function nearestIn(index: CodeIndex, hex: string, limit = 3, typed = ''): string[] {
  try {
    const target = normaliseCode(hex);
    if (!target) return [];
    const digits = target.slice(2);
    const prefixOf = typed && typed.length < 8 ? typed.toUpperCase() : digits;
    const value = Number.parseInt(digits, 16);
    return index.hexes
      .filter((h) => h !== target)
      .map((h, order) => {
        const d = h.slice(2);
        return {
          hex: h,
          typo: hamming(digits, d) <= 1 ? 0 : 1,
          prefix: commonPrefix(prefixOf, d),
          distance: Math.abs(Number.parseInt(d, 16) - value),
          index: order,
        };
      })
      .sort((a, b) => a.typo - b.typo || b.prefix - a.prefix || a.distance - b.distance || a.index - b.index)
      .slice(0, Math.max(0, Math.floor(limit)))
      .map((c) => c.hex);
  } catch {
    return [];
  }
}

/** Looks a code up in an index, however it was typed. Never throws. */
export function lookupIn(index: CodeIndex, input: string): HexLookupResult {
  try {
    const parsed = parse(input);
    if (!parsed.ok) return parsed.reason === 'empty' ? { kind: 'empty' } : { kind: 'invalid', reason: parsed.reason };
    if (index.hexes.includes(parsed.hex)) return { kind: 'found', hex: parsed.hex };
    const aliased = index.aliases[parsed.hex];
    if (aliased) return { kind: 'found', hex: aliased, alias: parsed.hex };
    return { kind: 'unknown', hex: parsed.hex, suggestions: nearestIn(index, parsed.hex, 3, parsed.typed) };
  } catch {
    return { kind: 'invalid', reason: 'not-a-code' };
  }
}

/** The URL slug of a code: lower-case hex, `0xc004c003`. */
export function slugOf(hex: string): string {
  const canonical = normaliseCode(hex);
  return (canonical ?? String(hex ?? '').trim()).toLowerCase();
}

/** The canonical hex for a slug (`0xc004c003` → `0xC004C003`), or null if it is not one. */
export function hexFromSlug(slug: string): string | null {
  if (typeof slug !== 'string') return null;
  const m = /^0x([0-9a-f]{8})$/i.exec(slug.trim());
  return m ? `0x${m[1]!.toUpperCase()}` : null;
}
