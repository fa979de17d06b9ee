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

/** JSON for a <script type="application/ld+json">: `<` escaped so text can never close the script. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
