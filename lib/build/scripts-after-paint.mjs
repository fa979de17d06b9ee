// Next.js's script chunks, loaded after the page's first paint. Written into each exported page
// after the build (scripts/postbuild.mjs), before the CSP hashes are taken.
//
// Why: Next.js puts its chunks in <head> as `<script async>` (plus a low-priority preload). They
// arrive while the browser is still parsing and laying out a long page, run before its first
// paint, and so hold it back: measured with Lighthouse on /ja/story/first-key/, LCP 1.7–2.4 s
// with them, 0.92–1.14 s when the same chunks start only after the first paint (README, "What
// delayed the first paint"). Every island also works without JavaScript first, so the text is
// all there when it paints; hydration follows a frame later.
//
// How: the chunk tags (and Next's preload for them) are removed, and one inline script at the end
// of <body> lists them in `data-scripts`. It waits until the browser reports the first contentful
// paint (a `paint` PerformanceObserver; the entry comes once the frame has been shown), queues a
// task, and only then adds the chunks (async, in their order). Waiting for frames instead was not
// enough: in Lighthouse's headless Chromium a painted frame was shown 30–60 ms later (once about
// 1 s later), so chunks added after one or even two animation frames sometimes ran before the
// paint was stamped. Browsers without paint timing wait two frames. A page that opens in, or
// moves to, a background tab (no frames, no paint) loads them at once, and if no paint has been
// reported after 2 s they load anyway.

/** The loader. Its text is the same on every page, so every page's CSP has the same hash for it. */
export const loaderSource =
  "(function(){var s=document.currentScript,l=(s&&s.getAttribute('data-scripts')||'').split(' '),d=0;" +
  "function go(){if(d)return;d=1;for(var i=0;i<l.length;i++){if(!l[i])continue;var e=document.createElement('script');e.src=l[i];e.async=true;document.head.appendChild(e)}}" +
  'function next(){setTimeout(go,0)}' +
  "if(document.visibilityState==='hidden')return go();" +
  "document.addEventListener('visibilitychange',function(){if(document.visibilityState==='hidden')go()});" +
  "var P=typeof PerformanceObserver=='function'&&PerformanceObserver,t=P&&P.supportedEntryTypes;" +
  "if(t&&t.indexOf('paint')>=0){new P(function(r,o){if(r.getEntriesByName('first-contentful-paint').length){o.disconnect();next()}}).observe({type:'paint',buffered:true});setTimeout(go,2000)}" +
  'else requestAnimationFrame(function(){requestAnimationFrame(next)})})()';

const chunkTag = /<script src="([^"]+)" async=""><\/script>/g;
const chunkPreload = /<link rel="preload" as="script" fetchPriority="low" href="([^"]+)"\/>/g;
const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

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
  const loader = `<script data-scripts="${escapeAttr(srcs.join(' '))}">${loaderSource}</script>`;
  return out.slice(0, end) + loader + out.slice(end);
}

/** The chunk URLs a rewritten page loads after its first paint, in order (for the weight budget). */
export function scriptsLoadedAfterPaint(html) {
  const list = html.match(/<script data-scripts="([^"]*)"/)?.[1];
  return list ? list.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&amp;/g, '&').split(' ').filter(Boolean) : [];
}
