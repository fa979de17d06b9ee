/**
 * Fills `{name}` placeholders in a message with values, in one pass: a value is inserted as plain
 * text, never read as a pattern or as another placeholder. Missing values become empty text,
 * unknown placeholders stay as they are, and a missing template gives '' so a gap in the
 * messages never crashes an island.
 */
export function fill(template: string | undefined, values: Record<string, string | number | undefined>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.hasOwn(values, key) ? String(values[key] ?? '') : whole,
  );
}
