import { fill } from '../text/fill';

export type FieldErrorLabels = { empty: string; notWhole: string; tooSmall: string; tooLarge: string };

/**
 * Checks what a visitor typed into a whole-number setting: a number within min..max (full-width
 * digits and the minus sign − are read too), or the message to show under the field.
 */
export function checkNumber(text: string, min: number, max: number, labels: FieldErrorLabels): { value: number } | { error: string } {
  const t = text
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/^[−－]/, '-');
  if (!t) return { error: labels.empty };
  if (!/^-?\d+$/.test(t)) return { error: labels.notWhole };
  const n = Number(t);
  if (n < min) return { error: fill(labels.tooSmall, { min }) };
  if (n > max) return { error: fill(labels.tooLarge, { max }) };
  return { value: n };
}
