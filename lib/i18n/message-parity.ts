import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from '../content/errors';
import { locales } from './locales';

/**
 * ja and en UI messages must match: the same files, the same keys, the same kind of value and,
 * in every string, the same `{placeholders}` (ICU arguments and `fill()` slots). The first
 * difference throws a ContentError naming the file and the key. `validateContent` runs it.
 */
export function checkMessageParity(root: string): number {
  const [base, ...others] = locales;
  const files = (l: string) => {
    const dir = join(root, l, 'messages');
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  };
  const baseFiles = files(base);
  let keys = 0;
  for (const other of others) {
    const otherFiles = files(other);
    for (const f of baseFiles) if (!otherFiles.includes(f)) throw new ContentError(`content/${base}/messages/${f}`, null, `exists in "${base}" only`);
    for (const f of otherFiles) if (!baseFiles.includes(f)) throw new ContentError(`content/${other}/messages/${f}`, null, `exists in "${other}" only`);
    for (const f of baseFiles) {
      const a = flatten(readJson(root, base, f));
      const b = flatten(readJson(root, other, f));
      for (const [key, value] of a) {
        const twin = b.get(key);
        const file = `content/${other}/messages/${f}`;
        if (twin === undefined) throw new ContentError(file, key, `missing (content/${base}/messages/${f} has it)`);
        if (typeof twin !== typeof value) throw new ContentError(file, key, `is a ${typeof twin}, but a ${typeof value} in "${base}"`);
        if (typeof value === 'string') {
          const want = placeholders(value);
          const got = placeholders(twin as string);
          if (want !== got) throw new ContentError(file, key, `placeholders ${got || '(none)'} differ from "${base}": ${want || '(none)'}`);
        }
      }
      for (const key of b.keys()) {
        if (!a.has(key)) throw new ContentError(`content/${base}/messages/${f}`, key, `missing (content/${other}/messages/${f} has it)`);
      }
      keys += a.size;
    }
  }
  return keys;
}

function readJson(root: string, locale: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, locale, 'messages', file), 'utf8'));
  } catch (error) {
    throw new ContentError(`content/${locale}/messages/${file}`, null, `not valid JSON (${(error as Error).message})`);
  }
}

/** Leaf values by dotted key (`a.b.0`); arrays are indexed. */
export function flatten(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
  return out;
}

/** The sorted, distinct argument names in a message: `{count}`, `{n, plural, …}` → "count,n". */
export function placeholders(text: string): string {
  const names = [...text.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((m) => m[1]!);
  return [...new Set(names)].sort().join(',');
}
