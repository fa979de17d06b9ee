/**
 * Product keys must never be kept: anyone who has a key can use it, and a leaked key cannot be
 * taken back. Any full 25-character key in pasted text is replaced by a mask before anything
 * else looks at it. Tolerant of lowercase, full-width characters, en dashes and spaces.
 */
export const keyMask = 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX';

const group = '[A-Za-z0-9Ａ-Ｚａ-ｚ０-９]{5}';
const dash = '\\s*[-‐‑‒–—―−－]\\s*';
const keyPattern = new RegExp(`(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])${group}(?:${dash}${group}){4}(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])`, 'g');

export function maskProductKeys(text: string): { text: string; found: number } {
  let found = 0;
  const masked = String(text ?? '').replace(keyPattern, (match) => {
    if (match.replace(/[^A-Za-z0-9]/g, '').toUpperCase() === keyMask.replace(/-/g, '')) return match;
    found++;
    return keyMask;
  });
  return { text: masked, found };
}
