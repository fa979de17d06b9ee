import { describe, expect, it } from 'vitest';
import { firstChunkRun, lighthouseChecks, paintsBeforeScriptsInEveryRun } from './lighthouse.mjs';

// The references of one run, and a page that meets every budget of issue #19 with room to spare.
const floor = { lcp: 1000, tbt: 200, performance: 96 };
const floorJa = { lcp: 1200, tbt: 250, performance: 95 };
const good = { lcp: 900, tbt: 210, performance: 97, accessibility: 100, bestPractices: 100, seo: 100, cls: 0, shifted: [] as string[], paintsBeforeScripts: true };
const failed = (row: Partial<typeof good>) =>
  lighthouseChecks({ ...good, ...row }, floor, floorJa)
    .filter((c) => !c.ok)
    .map((c) => c.name);

describe('the Lighthouse budgets of issue #19', () => {
  it('passes a page within every budget', () => {
    expect(failed({})).toEqual([]);
  });

  it('allows LCP up to 1.25 × the Japanese floor (1500 ms here), not the bare floor', () => {
    expect(failed({ lcp: 1500 })).toEqual([]);
    expect(failed({ lcp: 1501 })).toEqual(['LCP ≤ 1.25 × Japanese floor (1500 ms)']);
  });

  it('allows TBT up to the bare floor + 150 ms (350 ms here)', () => {
    expect(failed({ tbt: 350 })).toEqual([]);
    expect(failed({ tbt: 351 })).toEqual(['TBT ≤ floor + 150 ms (350 ms)']);
  });

  it('allows performance down to the Japanese floor − 3 (92 here)', () => {
    expect(failed({ performance: 92 })).toEqual([]);
    expect(failed({ performance: 91 })).toEqual(['performance ≥ Japanese floor − 3 (92)']);
  });

  it('wants accessibility, best practices and SEO all at 100', () => {
    for (const key of ['accessibility', 'bestPractices', 'seo'] as const) expect(failed({ [key]: 99 })).toEqual(['accessibility, best practices, SEO 100']);
  });

  it('wants CLS 0, and names what moved in a form a Markdown table cell can hold', () => {
    const names = failed({ cls: 0.001, shifted: ['<p class="a | b">\n  two `lines`</p>'] });
    expect(names).toEqual(['CLS 0 (moved: `<p class="a \\| b"> two \'lines\'</p>`)']);
    expect(names[0]).not.toContain('\n');
  });

  it('wants the first paint before any chunk runs', () => {
    expect(failed({ paintsBeforeScripts: false })).toEqual(['first contentful paint before any Next.js chunk runs (observed trace)']);
  });
});

describe('paint before the first chunk, in every run', () => {
  it('holds only when every run painted before its first chunk ran (or ran none)', () => {
    expect(paintsBeforeScriptsInEveryRun([{ observedFcp: 200, observedFirstChunk: 280 }, { observedFcp: 150, observedFirstChunk: null }])).toBe(true);
    expect(paintsBeforeScriptsInEveryRun([{ observedFcp: 200, observedFirstChunk: 280 }, { observedFcp: 260, observedFirstChunk: 250 }])).toBe(false);
    expect(paintsBeforeScriptsInEveryRun([{ observedFcp: 200, observedFirstChunk: 200 }])).toBe(false);
    expect(paintsBeforeScriptsInEveryRun([{ observedFcp: null, observedFirstChunk: null }])).toBe(false);
    expect(paintsBeforeScriptsInEveryRun([])).toBe(false);
  });
});

describe('when the first chunk runs, in an observed trace', () => {
  // Timestamps in µs, as in a Chrome trace.
  const nav = (pid: number, ts: number, url: string, main = true) => ({ name: 'navigationStart', pid, ts, args: { data: { isLoadingMainFrame: main, documentLoaderURL: url } } });
  const evaluate = (pid: number, ts: number, url: string) => ({ name: 'EvaluateScript', pid, ts, args: { data: { url } } });

  it('is the first chunk evaluated in the page after its navigation, in ms', () => {
    const events = [
      nav(1, 1_000, ''),
      nav(7, 5_000_000, 'http://127.0.0.1:4390/ja/'),
      nav(7, 5_010_000, 'http://127.0.0.1:4390/ja/frame', false),
      evaluate(7, 5_100_000, 'http://127.0.0.1:4390/ja/'),
      evaluate(9, 5_150_000, 'http://127.0.0.1:4390/_next/static/chunks/other-process.js'),
      evaluate(7, 5_320_000, 'http://127.0.0.1:4390/_next/static/chunks/b.js'),
      evaluate(7, 5_250_500, 'http://127.0.0.1:4390/_next/static/chunks/a.js?v=1'),
    ];
    expect(firstChunkRun(events)).toBe(250.5);
  });

  it('is null when no chunk ran, or there is no page navigation', () => {
    expect(firstChunkRun([nav(7, 5_000_000, 'http://127.0.0.1:4390/ja/'), evaluate(7, 5_100_000, 'http://127.0.0.1:4390/ja/')])).toBeNull();
    expect(firstChunkRun([nav(7, 1_000, 'about:blank'), evaluate(7, 5_100_000, 'http://127.0.0.1:4390/_next/static/chunks/a.js')])).toBeNull();
  });
});
