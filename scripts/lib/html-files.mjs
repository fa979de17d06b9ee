import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every `.html` file under a directory (recursively), in a stable order.
 * @param {string} dir
 * @returns {Generator<string>}
 */
export function* htmlFiles(dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}
