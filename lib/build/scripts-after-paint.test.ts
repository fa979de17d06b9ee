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

/** Runs the loader as a browser would, with frames and tasks under the test's control. */
function runLoader(html: string, visibility: 'visible' | 'hidden' = 'visible') {
  const tag = html.match(/<script (data-scripts="[^"]*")>([\s\S]*?)<\/script>/);
  if (!tag) throw new Error('no loader in the page');
  const list = tag[1]!.slice('data-scripts="'.length, -1);
  const appended: { src: string; async: boolean }[] = [];
  const frames: (() => void)[] = [];
  const tasks: (() => void)[] = [];
  runInNewContext(tag[2]!, {
    document: {
      currentScript: { getAttribute: (name: string) => (name === 'data-scripts' ? list : null) },
      visibilityState: visibility,
      createElement: () => ({ src: '', async: false }),
      head: { appendChild: (el: { src: string; async: boolean }) => appended.push({ ...el }) },
    },
    requestAnimationFrame: (f: () => void) => frames.push(f),
    setTimeout: (f: () => void) => tasks.push(f),
  });
  return { appended, frames, tasks };
}

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

  it('adds nothing before the first frame, and the chunks in a task after it (async, in order)', () => {
    const { appended, frames, tasks } = runLoader(withScriptsAfterPaint(page('/license-lesson')));
    expect(appended).toEqual([]);
    expect(frames).toHaveLength(1);
    frames[0]!();
    // In the frame itself (before it paints) still nothing: the chunks wait for the next task.
    expect(appended).toEqual([]);
    expect(tasks).toHaveLength(1);
    tasks[0]!();
    expect(appended).toEqual([
      { src: '/license-lesson/_next/static/chunks/one.js', async: true },
      { src: '/license-lesson/_next/static/chunks/turbopack-two.js', async: true },
      { src: '/license-lesson/_next/static/chunks/late.js', async: true },
    ]);
  });

  it('loads the chunks at once in a background tab, where no frame comes', () => {
    const { appended, frames } = runLoader(withScriptsAfterPaint(page()), 'hidden');
    expect(frames).toEqual([]);
    expect(appended.map((a) => a.src)).toEqual(['/_next/static/chunks/one.js', '/_next/static/chunks/turbopack-two.js', '/_next/static/chunks/late.js']);
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

  it('still counts the chunks in the page weight', () => {
    expect(pageAssets(withScriptsAfterPaint(page())).scripts.sort()).toEqual(pageAssets(page()).scripts.sort());
  });
});
