// Next.js's script chunks, loaded after the page's first paint. Written into each exported page
// after the build (scripts/postbuild.mjs), before the CSP hashes are taken.
//
// Why: Next.js puts its chunks in <head> as `<script async>` (plus a low-priority preload). They
// arrive while the browser is still parsing and laying out a long page, run before its first
// paint, and so hold it back: measured with Lighthouse on /ja/story/first-key/, LCP 1.7–2.4 s
// with them, 0.92–1.14 s when the same chunks start only after the first paint (README, "What
// delayed the first paint"). Every island also works without JavaScript first, so the text is
// all there when it paints; hydration follows just after.
//
// How: the chunk tags (and Next's preload for them) are removed, and one inline script at the end
// of <body> lists them in `data-scripts`. It waits until the browser reports the first contentful
// paint (a `paint` PerformanceObserver; the entry comes once the frame has been shown), queues a
// task, and only then adds the chunks (async, in their order). Waiting for frames instead was not
// enough: in Lighthouse's headless Chromium a painted frame was shown 30–60 ms later (once about
// 1 s later), so chunks added after one or even two animation frames sometimes ran before the
// paint was stamped. Browsers without paint timing wait two frames. A page that opens in a
// background tab (no frames, no paint) loads them at once, and if no paint has been reported after
// 2 s (say, the tab went to the background before its first paint) they load anyway.

/** The loader. Its text is the same on every page, so every page's CSP has the same hash for it. */
export const loaderSource =
  "(function(){var d=document,s=d.currentScript,l=(s&&s.getAttribute('data-scripts')||'').split(' '),n=0,P=window.PerformanceObserver;" +
  "function g(){if(n++)return;l.forEach(function(u){if(u){var e=d.createElement('script');e.src=u;e.async=!0;d.head.appendChild(e)}})}" +
  'function t(){setTimeout(g,0)}' +
  "if(d.visibilityState=='hidden')return g();" +
  "if(P&&(P.supportedEntryTypes||[]).indexOf('paint')>=0){new P(function(r,o){r.getEntriesByName('first-contentful-paint').length&&(o.disconnect(),t())}).observe({type:'paint',buffered:!0});setTimeout(g,2e3)}" +
  'else requestAnimationFrame(function(){requestAnimationFrame(t)})})()';

const chunkTag = /<script src="([^"]+)" async=""><\/script>/g;
const chunkPreload = /<link rel="preload" as="script" fetchPriority="low" href="([^"]+)"\/>/g;

/**
 * The page with its Next.js chunks loaded after the first paint. A page without chunk tags (or
 * one already rewritten) comes back unchanged. Throws when the page has chunks but no </body>,
 * rather than leave a page that would never hydrate.
 */
export function withScriptsAfterPaint(html) {
  if (html.includes('data-scripts="')) return html;
  const srcs = [];
  let out = html.replace(chunkTag, (_, src) => {
    srcs.push(src);
    return '';
  });
  if (!srcs.length) return html;
  out = out.replace(chunkPreload, (tag, href) => (srcs.includes(href) ? '' : tag));
  const end = out.lastIndexOf('</body>');
  if (end < 0) throw new Error('scripts-after-paint: the page has script chunks but no </body>');
  // Each src is attribute text as Next.js wrote it (already escaped, no `"`), so it goes into
  // data-scripts as it is; the browser decodes both attributes the same way.
  const loader = `<script data-scripts="${srcs.join(' ')}">${loaderSource}</script>`;
  return out.slice(0, end) + loader + out.slice(end);
}

/**
 * The chunk URLs a rewritten page loads after its first paint, in order, as attribute text (the
 * form pageAssets reads `<script src>` in, for the weight budget).
 */
export function scriptsLoadedAfterPaint(html) {
  return (html.match(/<script data-scripts="([^"]*)"/)?.[1] ?? '').split(' ').filter(Boolean);
}
