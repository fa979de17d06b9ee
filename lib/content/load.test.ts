import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from './load';

/** A throwaway content tree: the real sources and data, plus whatever pages a test writes. */
function tree(pages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(join(process.cwd(), 'content', 'sources.json'), join(root, 'sources.json'));
  cpSync(join(process.cwd(), 'content', 'corrections.json'), join(root, 'corrections.json'));
  for (const l of ['ja', 'en']) {
    mkdirSync(join(root, l), { recursive: true });
    for (const f of ['glossary.json', 'fact-check.json']) cpSync(join(process.cwd(), 'content', l, f), join(root, l, f));
  }
  for (const [path, text] of Object.entries(pages)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const page = (fm: string) => `---\n${fm}\n---\n\nBody <Cite id="MS-PLAN" />.\n`;
const good = 'title: A page\ndescription: A description of the page.\nsources: [MS-PLAN]';

describe('content validation (the build runs it)', () => {
  it('accepts valid pages in both languages', () => {
    const root = tree({ 'ja/pages/x.mdx': page(good), 'en/pages/x.mdx': page(good) });
    expect(validateContent(root).pages).toBe(2);
  });

  it('names the file and the field when frontmatter is invalid', () => {
    const root = tree({ 'ja/pages/x.mdx': page('title: ""\ndescription: A description.\nsources: []'), 'en/pages/x.mdx': page(good) });
    expect(() => validateContent(root)).toThrow(/content\/ja\/pages\/x\.mdx → title/);
  });

  it('fails when a page exists in one language only', () => {
    const root = tree({ 'ja/pages/only.mdx': page(good) });
    expect(() => validateContent(root)).toThrow(/content\/ja\/pages\/only\.mdx.*exists in "ja" only/);
  });

  it('fails on an unknown source id, in frontmatter or in a citation', () => {
    const bad = tree({ 'ja/pages/x.mdx': page('title: T\ndescription: A description.\nsources: [NO-SUCH]'), 'en/pages/x.mdx': page(good) });
    expect(() => validateContent(bad)).toThrow(/sources\[0\].*unknown source id "NO-SUCH"/);
    const cite = tree({ 'ja/pages/x.mdx': `---\n${good}\n---\n\n<Cite id="NOPE" />\n`, 'en/pages/x.mdx': page(good) });
    expect(() => validateContent(cite)).toThrow(/<Cite id="NOPE">/);
  });
});
