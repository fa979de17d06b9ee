// Schema.org BreadcrumbList data for search engines, written into each exported page after the
// build, from the page's own visible breadcrumbs, h1 and canonical link. Doing it here and not in
// React keeps the data out of the page's inline hydration payload, where Next.js would otherwise
// send a second copy of it with every page (about 1 KiB gzip a page).

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text of an HTML fragment: ruby readings and tags removed, entities decoded, spaces joined. */
export function textOf(fragment) {
  return fragment
    .replace(/<rt\b[^>]*>[\s\S]*?<\/rt>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
      if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
      return entities[e.toLowerCase()] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The BreadcrumbList for a page, or null when it has no breadcrumbs: the links of its
 * `data-testid="breadcrumbs"` nav (made absolute against the canonical URL), then the page itself
 * (its h1, at its canonical URL).
 */
export function breadcrumbListOf(html) {
  const nav = html.match(/<nav\b[^>]*data-testid="breadcrumbs"[^>]*>([\s\S]*?)<\/nav>/i);
  if (!nav) return null;
  const canonical = html.match(/<link\b[^>]*rel="canonical"[^>]*href="([^"]+)"/i)?.[1] ?? html.match(/<link\b[^>]*href="([^"]+)"[^>]*rel="canonical"/i)?.[1];
  const h1 = html.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i)?.[1];
  if (!canonical || h1 === undefined) return null;
  const crumbs = [...nav[1].matchAll(/<a\b[^>]*href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/gi)].map((m) => ({ url: new URL(textOf(m[1]), canonical).href, name: textOf(m[2]) }));
  crumbs.push({ url: canonical, name: textOf(h1) });
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
}

/** The page with its BreadcrumbList added at the end of <head> (unchanged when it has none). */
export function withBreadcrumbJsonLd(html) {
  const data = breadcrumbListOf(html);
  if (!data) return html;
  const script = `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
  return html.replace(/<\/head>/i, `${script}</head>`);
}
