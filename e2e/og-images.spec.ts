import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { sitemapPaths } from './helpers';
import { normaliseBasePath } from '../scripts/lib/base-path.mjs';

const basePath = normaliseBasePath();
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(pngSignature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("every exported page's og:image and twitter:image is a 1200×630 PNG in out/", () => {
  const pages = sitemapPaths();
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const path of pages) {
    const html = readFileSync(join('out', path, 'index.html'), 'utf8');
    const og = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
    const twitter = html.match(/<meta name="twitter:image" content="([^"]+)"/)?.[1];
    if (!og) {
      problems.push(`${path}: no og:image`);
      continue;
    }
    if (twitter !== og) problems.push(`${path}: twitter:image ${twitter} differs from og:image`);
    const pathname = new URL(og).pathname;
    if (!pathname.startsWith(`${basePath}/og/`)) problems.push(`${path}: og:image outside ${basePath}/og/: ${og}`);
    const file = join('out', pathname.slice(basePath.length));
    if (seen.has(file)) problems.push(`${path}: shares its image ${file} with another page`);
    seen.add(file);
    if (!existsSync(file)) {
      problems.push(`${path}: ${file} is missing`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (!size) problems.push(`${path}: ${file} is not a PNG`);
    else if (size.width !== 1200 || size.height !== 630) problems.push(`${path}: ${file} is ${size.width}×${size.height}`);
  }
  expect(problems).toEqual([]);
});
