/**
 * Product-key masking.
 *
 * Why: a product key is the one secret in this whole topic. Anyone who holds a full key can try
 * to activate with it, and a key that leaks cannot be taken back; Microsoft says Volume Licensing
 * keys are meant for the licensed organisation only [M365-KEYS] and that GVLKs are the only keys
 * that need not be kept confidential [MS-PLAN]. People paste whole console sessions, so a line
 * like `slmgr /ipk <key>` can arrive together with the /dli output. The decoder therefore masks
 * every full key before anything else reads the text, keeps only the masked text, and reports
 * how many keys it removed so the page can warn the reader. Nothing needs the full key: slmgr
 * itself only ever shows the last five characters ("Partial Product Key").
 *
 * What counts as a key: five groups of five letters or digits joined by a hyphen, written the
 * way people really type or paste it — any case, full-width characters from a Japanese IME,
 * en/em dashes, minus signs, the katakana long-vowel mark "ー" that an IME produces for "-",
 * up to three spaces around a separator, and a line break inside the key. A key glued to other
 * letters ("key:ABCDE-…" or "/ipkABCDE-…") is still masked. A 25-character run of capital
 * letters and digits (at least one of each) standing on its own is treated as a key typed
 * without hyphens.
 *
 * The mask itself ("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX") is left alone and not counted, so masking
 * twice changes nothing.
 */
export const keyMask = 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX';

/** ASCII and full-width letters and digits. */
const alnum = 'A-Za-z0-9\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A';
/** Capital letters and digits, ASCII and full-width (for keys typed without hyphens). */
const upperAlnum = 'A-Z0-9\\uFF10-\\uFF19\\uFF21-\\uFF3A';
/** Hyphen, hyphen/dash block U+2010–2015, minus, small and full-width hyphen-minus, long-vowel marks. */
const dash = '[\\-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D\\u30FC\\uFF70]';
const sp = '[ \\t\\u00A0\\u3000]{0,3}';
const separator = `(?:${sp}\\r?\\n)?${sp}${dash}${sp}(?:\\r?\\n${sp})?`;
const group = `[${alnum}]{5}`;

const keyPattern = new RegExp(
  `${group}(?:${separator}${group}){4}` + `|(?<![${alnum}])[${upperAlnum}]{25}(?![${alnum}])`,
  'g',
);

/** The 25 key characters of a match, upper-case ASCII. */
function keyChars(match: string): string {
  return match
    .normalize('NFKC')
    .replace(/[^A-Za-z0-9]/g, '')
    .toUpperCase();
}

const maskChars = keyChars(keyMask);
const groupPattern = new RegExp(group, 'g');

/**
 * Replaces every full 25-character product key in `text` with {@link keyMask}.
 * Returns the masked text and how many keys were replaced. Never throws.
 */
export function maskProductKeys(text: string): { text: string; found: number } {
  const input = typeof text === 'string' ? text : String(text ?? '');
  let found = 0;
  const masked = input.replace(keyPattern, (match: string, offset: number, whole: string) => {
    const chars = keyChars(match);
    if (chars === maskChars) return match;
    // A group followed by an existing mask ("ABCDE-XXXXX-…") is not a new key: skip it, so that
    // masking already-masked text changes nothing.
    for (const g of match.matchAll(groupPattern)) {
      if (g.index > 0 && whole.startsWith(keyMask, offset + g.index)) return match;
    }
    // A hyphen-less run counts only if it mixes letters and digits, as real keys do.
    if (!/[\-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u30FC\uFF70]/.test(match) && !(/[A-Z]/.test(chars) && /[0-9]/.test(chars))) {
      return match;
    }
    found++;
    return keyMask;
  });
  return { text: masked, found };
}

/** True if `text` still holds something that {@link maskProductKeys} would mask. */
export function containsProductKey(text: string): boolean {
  return maskProductKeys(text).found > 0;
}
