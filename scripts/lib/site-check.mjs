// Static checks over the exported site (scripts/check-site.mjs runs them on out/): every internal
// link resolves to a file, every #fragment exists on its target page, every page is in the
// sitemap (so the crawl, which reads the sitemap, loads it) and every sitemap entry is a page,
// and every page has exactly one h1 and real text in <main> in its HTML (what a reader without
// JavaScript gets).
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { htmlFiles } from './html-files.mjs';

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** @param {string} text */
export function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return entities[e.toLowerCase()] ?? m;
  });
}

/** @param {string} html */
export const hrefsOf = (html) => [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)].map((m) => decodeEntities(m[1]));
/** @param {string} html */
export const idsOf = (html) => new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1])));

/** The text of <main> with tags, scripts and styles removed. @param {string} html */
export function mainText(html) {
  const main = html.match(/<main\b[^>]*>([\s\S]*)<\/main>/i)?.[1] ?? '';
  return decodeEntities(main.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * @param {string} out the export directory
 * @param {{ basePath?: string, origin?: string }} options origin: the SITE_URL the sitemap uses
 * @returns {{ pages: number, links: number, problems: string[] }}
 */
export function checkSite(out, { basePath = '' } = {}) {
  const problems = [];
  /** site path ('/ja/x/') → file */
  const pages = new Map();
  for (const file of htmlFiles(out)) {
    const rel = relative(out, file).split(sep).join('/');
    if (!rel.endsWith('index.html') || /^(_next|_not-found|404|og|pagefind)\//.test(rel)) continue;
    pages.set(`/${rel.slice(0, -'index.html'.length)}`, file);
  }

  // Pages and sitemap: the same set.
  const sitemapFile = join(out, 'sitemap.xml');
  const sitemap = existsSync(sitemapFile)
    ? [...readFileSync(sitemapFile, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(decodeEntities(m[1])).pathname)
    : [];
  if (!sitemap.length) problems.push('sitemap.xml: missing or empty');
  const inSitemap = new Set(sitemap.map((p) => (basePath && p.startsWith(basePath) ? p.slice(basePath.length) || '/' : p)));
  for (const path of pages.keys()) if (!inSitemap.has(path)) problems.push(`${path}: page is not in sitemap.xml (the crawl would skip it; add its route to lib/content/route-table.ts)`);
  for (const path of inSitemap) if (!pages.has(path)) problems.push(`sitemap.xml: ${path} has no page in out/`);

  const idCache = new Map();
  const idsAt = (file) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(readFileSync(file, 'utf8')));
    return idCache.get(file);
  };
  /** The file a site path is served from, or null. */
  const fileFor = (pathname) => {
    let path = pathname;
    if (basePath) {
      if (!path.startsWith(`${basePath}/`)) return null;
      path = path.slice(basePath.length);
    }
    try {
      path = decodeURIComponent(path);
    } catch {
      return null;
    }
    const candidates = path.endsWith('/') ? [join(out, path, 'index.html')] : [join(out, path), join(out, path, 'index.html')];
    return candidates.find((f) => existsSync(f) && !f.endsWith(sep)) ?? null;
  };

  let links = 0;
  for (const [path, file] of pages) {
    const html = readFileSync(file, 'utf8');
    const h1s = html.match(/<h1\b/gi)?.length ?? 0;
    if (h1s !== 1) problems.push(`${path}: ${h1s} <h1> elements in the HTML (want exactly 1)`);
    const text = mainText(html);
    if (text.length <= 40) problems.push(`${path}: <main> has ${text.length} characters of text without JavaScript`);
    const base = new URL(`${basePath}${path}`, 'http://site.invalid');
    for (const href of new Set(hrefsOf(html))) {
      if (/^(mailto:|tel:|javascript:|data:)/i.test(href)) continue;
      const url = new URL(href, base);
      if (url.origin !== base.origin) continue;
      links++;
      const target = url.pathname === base.pathname ? file : fileFor(url.pathname);
      if (!target) {
        problems.push(`${path}: link ${href} has no page in out/`);
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        let id = url.hash.slice(1);
        try {
          id = decodeURIComponent(id);
        } catch {
          // keep it as written
        }
        if (!idsAt(target).has(id)) problems.push(`${path}: link ${href}: no id="${id}" on the target page`);
      }
    }
  }
  return { pages: pages.size, links, problems };
}
