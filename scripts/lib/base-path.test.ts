import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from './base-path.mjs';
import { htmlFiles } from './html-files.mjs';

describe('normaliseBasePath', () => {
  it('gives "" or one leading slash and no trailing slash', () => {
    expect(normaliseBasePath(undefined)).toBe('');
    expect(normaliseBasePath('')).toBe('');
    expect(normaliseBasePath('/')).toBe('');
    expect(normaliseBasePath('license-lesson')).toBe('/license-lesson');
    expect(normaliseBasePath('/license-lesson/')).toBe('/license-lesson');
    expect(normaliseBasePath('//a/b//')).toBe('/a/b');
    expect(normaliseBasePath(' /x ')).toBe('/x');
  });
});

describe('htmlFiles', () => {
  it('walks sub-directories and yields only .html files', () => {
    const root = mkdtempSync(join(tmpdir(), 'html-'));
    for (const f of ['index.html', 'a/index.html', 'a/b/c.html', 'a/x.txt', 'z.htm']) {
      mkdirSync(join(root, f, '..'), { recursive: true });
      writeFileSync(join(root, f), '');
    }
    expect([...htmlFiles(root)].map((f) => relative(root, f))).toEqual(['a/b/c.html', 'a/index.html', 'index.html']);
  });
});
