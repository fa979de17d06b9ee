import { describe, expect, it } from 'vitest';
import { parseCorrections, sortCorrections, type CorrectionRefs } from './corrections';
import { loadCorrections, validateContent } from './load';

/** A small, hand-written world: two sources, three pages, one glossary anchor. */
const refs: CorrectionRefs = {
  sourceIds: new Set(['MS-ERR', 'TN-BLOG-2013']),
  isPage: (p) => ['learn/seats-vs-activations', 'glossary', 'errors/0xc004f035'].includes(p),
  anchors: (p) => (p === 'glossary' ? new Set(['license-seat']) : undefined),
};

const text = { title: 'A title', said: 'What it said.', right: 'What is right.' };
const entry = (over: Record<string, unknown> = {}) => ({
  id: 'retired-pc',
  date: '2026-11-29',
  kind: 'correction',
  finding: { review: 'fact-check', item: '1' },
  pages: ['learn/seats-vs-activations', 'glossary#license-seat'],
  sources: ['TN-BLOG-2013'],
  ja: { ...text, title: 'タイトル' },
  en: text,
  ...over,
});

describe('corrections schema', () => {
  it('accepts a complete entry', () => {
    const [c] = parseCorrections([entry()], refs);
    expect(c!.id).toBe('retired-pc');
    expect(c!.ja.title).toBe('タイトル');
  });

  it('fails on an unknown source id, naming the file and the field', () => {
    expect(() => parseCorrections([entry({ sources: ['TN-BLOG-2013', 'NO-SUCH'] })], refs)).toThrow(
      'content/corrections.json → [0].sources[1]: unknown source id "NO-SUCH"',
    );
  });

  it('fails on a page link that is not a page of the site', () => {
    expect(() => parseCorrections([entry({ pages: ['learn/no-such-lesson'] })], refs)).toThrow(
      'content/corrections.json → [0].pages[0]: "learn/no-such-lesson" is not a page of the site',
    );
  });

  it('fails on an anchor that does not exist on the page', () => {
    expect(() => parseCorrections([entry({ pages: ['glossary#no-such-term'] })], refs)).toThrow(/\[0\]\.pages\[0\]: "glossary#no-such-term": no #no-such-term on glossary/);
    expect(() => parseCorrections([entry({ pages: ['errors/0xc004f035#x'] })], refs)).toThrow(/\[0\]\.pages\[0\]/);
  });

  it('fails when a language is missing, naming the file and the field', () => {
    const jaOnly: Record<string, unknown> = { ...entry(), id: 'second' };
    delete jaOnly.en;
    expect(() => parseCorrections([entry(), jaOnly], refs)).toThrow(/content\/corrections\.json → \[1\]\.en: missing the English text/);
    const enOnly: Record<string, unknown> = entry();
    delete enOnly.ja;
    expect(() => parseCorrections([enOnly], refs)).toThrow(/→ \[0\]\.ja: missing the Japanese text/);
  });

  it('fails on an empty translated field, a bad kind, a bad date and a duplicate id', () => {
    expect(() => parseCorrections([entry({ en: { ...text, right: ' ' } })], refs)).toThrow(/→ \[0\]\.en\.right/);
    expect(() => parseCorrections([entry({ kind: 'apology' })], refs)).toThrow(/→ \[0\]\.kind/);
    expect(() => parseCorrections([entry({ date: '29/11/2026' })], refs)).toThrow(/→ \[0\]\.date/);
    expect(() => parseCorrections([entry(), entry()], refs)).toThrow(/→ \[1\]\.id: duplicate id retired-pc/);
    expect(() => parseCorrections({}, refs)).toThrow(/must be an array/);
  });

  it('sorts newest first, keeping file order within a day', () => {
    const list = [entry({ id: 'a', date: '2026-10-01' }), entry({ id: 'b', date: '2026-11-29' }), entry({ id: 'c', date: '2026-11-29' })];
    expect(parseCorrections(list, refs).map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(sortCorrections([]).length).toBe(0);
  });
});

describe('the real corrections log', () => {
  it('is valid, part of validateContent, and covers all 13 fact-check findings', () => {
    const list = loadCorrections();
    expect(validateContent().corrections).toBe(list.length);
    const covered = new Set(list.filter((c) => c.finding.review === 'fact-check').map((c) => c.finding.item));
    for (let n = 1; n <= 13; n++) expect(covered.has(String(n))).toBe(true);
    for (const c of list) expect(c.sources.length).toBeGreaterThan(0);
  });
});
