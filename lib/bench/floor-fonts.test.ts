import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The benchmark's floors must pay the same font cost as the site's pages, or the comparison is
// not fair: the Japanese floor uses the site's Japanese stack, the bare floor its English one.
const site = readFileSync('app/globals.css', 'utf8');
const floor = readFileSync('bench/floor/app/floor.css', 'utf8');
const clean = (stack: string | undefined) => stack?.replace(/\s+/g, ' ').replace(/"/g, "'").trim();

describe('bench floor font stacks', () => {
  const siteLatin = clean(/@theme\s*{[^}]*?--font-sans:\s*([^;]+);/.exec(site)?.[1]);
  const siteJa = clean(/html:lang\(ja\)\s*{\s*--font-sans:\s*([^;]+);/.exec(site)?.[1]);
  const floorLatin = clean(/(?:^|\n)html\s*{\s*font-family:\s*([^;]+);/.exec(floor)?.[1]);
  const floorJa = clean(/html:lang\(ja\)\s*{\s*font-family:\s*([^;]+);/.exec(floor)?.[1]);

  it('finds both stacks in both files', () => {
    expect(siteLatin).toMatch(/^system-ui/);
    expect(floorLatin).toMatch(/^system-ui/);
    expect(siteJa).toMatch(/^'Hiragino Sans'/);
    expect(floorJa).toMatch(/^'Hiragino Sans'/);
  });

  it('the floors use the site stacks, letter for letter', () => {
    expect(floorLatin).toBe(siteLatin);
    expect(floorJa).toBe(siteJa);
  });

  it('puts a Japanese font before system-ui on Japanese pages, with the fonts of Windows, macOS and Linux', () => {
    const families = siteJa!.split(',').map((f) => f.trim().replace(/'/g, ''));
    const systemUi = families.indexOf('system-ui');
    for (const font of ['Hiragino Sans', 'Yu Gothic UI', 'Meiryo', 'Noto Sans CJK JP']) {
      expect(families.indexOf(font), font).toBeGreaterThanOrEqual(0);
      expect(families.indexOf(font), font).toBeLessThan(systemUi);
    }
    expect(families.at(-1)).toBe('sans-serif');
  });
});
