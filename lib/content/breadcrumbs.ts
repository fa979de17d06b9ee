/** A link in a breadcrumb trail: a site-relative page path without locale ('' is home). */
export interface Crumb {
  path: string;
  name: string;
}

/**
 * Home, then each ancestor of `path` that is a real page (so `tools/slmgr` skips the missing
 * `tools`), then the page itself.
 */
export function breadcrumbTrail(path: string, isPage: (path: string) => boolean, nameOf: (path: string) => string): Crumb[] {
  const parts = path.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
  const paths = ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
  return paths.filter((p, i) => i === 0 || i === paths.length - 1 || isPage(p)).map((p) => ({ path: p, name: nameOf(p) }));
}

/** schema.org BreadcrumbList for a trail; `urlOf` gives each page's absolute URL. */
export function breadcrumbJsonLd(trail: Crumb[], urlOf: (path: string) => string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: urlOf(crumb.path) })),
  };
}

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
