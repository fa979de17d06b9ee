import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { inlineScripts, sha256 } from '../security/csp.mjs';
import { pageAssets } from '../bench/weight.mjs';
import { loaderSource, scriptsLoadedAfterPaint, withScriptsAfterPaint } from './scripts-after-paint.mjs';

// The shape of a page as `next build` exports it (Next.js 16, Turbopack): chunk tags in <head>,
// one more after the Turbopack bootstrap in <body> with a low-priority preload, and the
// nomodule polyfill, which stays.
const page = (base = '') =>
  `<!DOCTYPE html><html lang="ja"><head><meta charSet="utf-8"/><link rel="stylesheet" href="${base}/_next/static/chunks/a.css" data-precedence="next"/>` +
  `<link rel="preload" as="script" fetchPriority="low" href="${base}/_next/static/chunks/late.js"/>` +
  `<script src="${base}/_next/static/chunks/one.js" async=""></script><script src="${base}/_next/static/chunks/turbopack-two.js" async=""></script>` +
  `<script>document.documentElement.classList.add('js')</script><script src="${base}/_next/static/chunks/polyfill.js" noModule=""></script></head>` +
  `<body><main><h1>見出し</h1><p>本文</p></main><script id="_R_">(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push({})</script>` +
  `<script src="${base}/_next/static/chunks/late.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;

type Entry = { name: string };
type PaintObserver = { callback: (list: { getEntriesByName: (name: string) => Entry[] }, observer: { disconnect: () => void }) => void; options?: unknown; disconnected: boolean };

/**
 * Runs the loader as a browser would, with frames, timers, paint reports and tab visibility under
 * the test's control. `paintTiming: false` is a browser without paint timing, `'absent'` one
 * without PerformanceObserver at all.
 */
function runLoader(html: string, { visibility = 'visible', paintTiming = true }: { visibility?: 'visible' | 'hidden'; paintTiming?: boolean | 'absent' } = {}) {
  const tag = html.match(/<script (data-scripts="[^"]*")>([\s\S]*?)<\/script>/);
  if (!tag) throw new Error('no loader in the page');
  const list = tag[1]!.slice('data-scripts="'.length, -1);
  const appended: { src: string; async: boolean }[] = [];
  const frames: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const observers: PaintObserver[] = [];
  const doc = {
    currentScript: { getAttribute: (name: string) => (name === 'data-scripts' ? list : null) },
    visibilityState: visibility,
    createElement: () => ({ src: '', async: false }),
    head: { appendChild: (el: { src: string; async: boolean }) => appended.push({ ...el }) },
  };
  class FakePerformanceObserver {
    static supportedEntryTypes = paintTiming === true ? ['paint', 'navigation'] : ['navigation'];
    record: PaintObserver;
    constructor(callback: PaintObserver['callback']) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.options = options;
    }
  }
  runInNewContext(tag[2]!, {
    document: doc,
    window: { PerformanceObserver: paintTiming === 'absent' ? undefined : FakePerformanceObserver },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void, ms = 0) => timers.push({ run: f, ms }),
  });
  /** The browser reports paint entries to the loader's observer. */
  const report = (...names: string[]) => {
    for (const o of observers) {
      if (o.disconnected) continue;
      o.callback({ getEntriesByName: (n) => names.filter((x) => x === n).map((name) => ({ name })) }, { disconnect: () => (o.disconnected = true) });
    }
  };
  return { appended, frames, timers, observers, report };
}

const chunksUnder = (base: string) => [
  { src: `${base}/_next/static/chunks/one.js`, async: true },
  { src: `${base}/_next/static/chunks/turbopack-two.js`, async: true },
  { src: `${base}/_next/static/chunks/late.js`, async: true },
];

describe('Next.js chunks load after the first paint', () => {
  it('takes every chunk tag and its preload out of the page, keeps the rest, and lists the chunks in order', () => {
    const out = withScriptsAfterPaint(page());
    expect(out).not.toMatch(/<script src="[^"]+" async="">/);
    expect(out).not.toContain('rel="preload" as="script"');
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out).toContain('noModule=""');
    expect(out).toContain('<script id="_R_">');
    expect(scriptsLoadedAfterPaint(out)).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/turbopack-two.js', '/_next/static/chunks/late.js']);
    // The loader is the last thing in <body>, after the inline payload it must not overtake.
    expect(out.indexOf('data-scripts=')).toBeGreaterThan(out.indexOf('self.__next_f'));
    expect(out.endsWith('</script></body></html>')).toBe(true);
  });

  it('adds nothing until the first contentful paint has been shown, then the chunks in the next task (async, in order)', () => {
    const { appended, frames, timers, observers, report } = runLoader(withScriptsAfterPaint(page('/license-lesson')));
    expect(appended).toEqual([]);
    expect(frames).toEqual([]);
    expect(observers).toHaveLength(1);
    expect(observers[0]!.options).toEqual({ type: 'paint', buffered: true });
    // Only the 2 s fallback is waiting.
    expect(timers.map((t) => t.ms)).toEqual([2000]);
    // A first paint without content (the page's background) is not enough.
    report('first-paint');
    expect(timers.map((t) => t.ms)).toEqual([2000]);
    report('first-paint', 'first-contentful-paint');
    expect(observers[0]!.disconnected).toBe(true);
    // Still nothing in the observer's own callback: the chunks wait for the next task.
    expect(appended).toEqual([]);
    expect(timers.map((t) => t.ms)).toEqual([2000, 0]);
    timers[1]!.run();
    expect(appended).toEqual(chunksUnder('/license-lesson'));
    // The fallback, when its time comes, adds nothing twice.
    timers[0]!.run();
    expect(appended).toHaveLength(3);
  });

  it('loads the chunks anyway when no paint is reported within 2 s (say, the tab went to the background first)', () => {
    const { appended, timers } = runLoader(withScriptsAfterPaint(page()));
    timers.find((t) => t.ms === 2000)!.run();
    expect(appended).toEqual(chunksUnder(''));
  });

  it.each([false, 'absent'] as const)('without paint timing (%s), waits for the second animation frame (the first one is then shown)', (paintTiming) => {
    const { appended, frames, timers, observers } = runLoader(withScriptsAfterPaint(page()), { paintTiming });
    expect(observers).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    expect(appended).toEqual([]);
    expect(timers).toEqual([]);
    frames[1]!();
    expect(appended).toEqual([]);
    expect(timers.map((t) => t.ms)).toEqual([0]);
    timers[0]!.run();
    expect(appended).toEqual(chunksUnder(''));
  });

  it('loads the chunks at once in a background tab, where no frame and no paint come', () => {
    const { appended, frames, observers } = runLoader(withScriptsAfterPaint(page()), { visibility: 'hidden' });
    expect(frames).toEqual([]);
    expect(observers).toEqual([]);
    expect(appended).toEqual(chunksUnder(''));
  });

  it('leaves a page without chunks, or one already rewritten, as it is', () => {
    const plain = '<!DOCTYPE html><html><head></head><body><p>404</p></body></html>';
    expect(withScriptsAfterPaint(plain)).toBe(plain);
    const once = withScriptsAfterPaint(page());
    expect(withScriptsAfterPaint(once)).toBe(once);
  });

  it('refuses a page with chunks but no </body> (it would never hydrate)', () => {
    expect(() => withScriptsAfterPaint(page().replace('</body>', ''))).toThrow(/no <\/body>/);
  });

  it('is one inline script with the same text on every page, so its CSP hash is the same everywhere', () => {
    const a = inlineScripts(withScriptsAfterPaint(page()));
    const b = inlineScripts(withScriptsAfterPaint(page('/sub')));
    expect(a).toContain(loaderSource);
    expect(b).toContain(loaderSource);
    expect(sha256(a.at(-1)!)).toBe(sha256(b.at(-1)!));
  });

  it('keeps a chunk URL as Next.js wrote it, escaped once (a query with &amp;)', () => {
    const withQuery = page().replace('/_next/static/chunks/one.js', '/_next/static/chunks/one.js?v=1&amp;x=2');
    const out = withScriptsAfterPaint(withQuery);
    expect(out).toContain('data-scripts="/_next/static/chunks/one.js?v=1&amp;x=2 ');
    expect(pageAssets(out).scripts.sort()).toEqual(pageAssets(withQuery).scripts.sort());
  });

  it('still counts the chunks in the page weight', () => {
    expect(pageAssets(withScriptsAfterPaint(page())).scripts.sort()).toEqual(pageAssets(page()).scripts.sort());
  });
});
