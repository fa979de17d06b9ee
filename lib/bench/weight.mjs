import { gzipSync } from 'node:zlib';
import { scriptsLoadedAfterPaint } from '../build/scripts-after-paint.mjs';

/**
 * What a page makes the browser download, read from its exported HTML: external scripts
 * (`<script src>`, `<link rel=preload as=script>` and the chunks it loads after its first paint,
 * without `nomodule`), inline scripts, and CSS.
 * Pure: the caller passes a function that reads a site-relative asset.
 */
export function pageAssets(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bnomodule\b/i.test(attrs)) continue;
    const src = attrs.match(/\bsrc="([^"]+)"/i)?.[1];
    if (src) scripts.add(src);
  }
  for (const src of scriptsLoadedAfterPaint(html)) scripts.add(src);
  for (const m of html.matchAll(/<link\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    const href = attrs.match(/\bhref="([^"]+)"/i)?.[1];
    if (!href) continue;
    if (/\brel="preload"/i.test(attrs) && /\bas="script"/i.test(attrs)) scripts.add(href);
    if (/\brel="stylesheet"/i.test(attrs)) styles.add(href);
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/application\/ld\+json/i.test(m[1] ?? ''))
    .map((m) => m[2] ?? '')
    .join('');
  return { scripts: [...scripts], styles: [...styles], inline };
}

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** Raw and gzip bytes of a page's JS (external + inline), CSS and HTML. */
export function pageWeight(html, readAsset) {
  const { scripts, styles, inline } = pageAssets(html);
  let jsRaw = Buffer.byteLength(inline);
  let jsGzip = inline ? gz(Buffer.from(inline)) : 0;
  for (const src of scripts) {
    const buf = readAsset(src);
    jsRaw += buf.length;
    jsGzip += gz(buf);
  }
  let cssGzip = 0;
  for (const href of styles) cssGzip += gz(readAsset(href));
  const htmlGzip = gz(Buffer.from(html));
  return { scripts: scripts.length, jsRaw, jsGzip, cssGzip, htmlGzip, transferGzip: jsGzip + cssGzip + htmlGzip };
}

/** The budgets: content pages ≤ floor + 10 %, interactive pages ≤ floor + 30 KB (gzip). */
export function jsBudget(kind, floorGzip) {
  return kind === 'interactive' ? floorGzip + 30 * 1024 : Math.round(floorGzip * 1.1);
}
