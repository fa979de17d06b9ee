import { getEntries, getSlugs, type Collection } from './load';
import type { Locale } from '../i18n/locales';
import { errorCodes } from '../errors/data';
import { slugOf } from '../errors/code-parse';
import { routeTable, type RouteDef } from './route-table';

export { routeTable, routeOf, navKeyFor, type RouteDef, type FixedRoute, type NavKey } from './route-table';

/**
 * Every page of the site, as a path without the locale ('' is the home page), in the order of
 * the route table (`route-table.ts`); a dynamic route gives one path per entry of its list.
 * The sitemap is made from this list, and the end-to-end crawl reads the sitemap.
 */
export function sitePaths(): string[] {
  return routeTable.flatMap((r: RouteDef) => (r.each ? pathsOf(r) : [r.route]));
}

/** The concrete paths of a dynamic route: its pattern with the last segment filled from its list. */
function pathsOf(r: RouteDef): string[] {
  const prefix = r.route.slice(0, r.route.lastIndexOf('/'));
  const slugs = r.each === 'error-codes' ? errorCodes.map((c) => slugOf(c.hex)) : getSlugs(r.each!);
  return slugs.map((s) => `${prefix}/${s}`);
}

/** The site path (without locale) of a content entry. */
export function pagePath(collection: Collection, slug: string): string {
  if (collection === 'pages') return slug === 'home' ? '' : slug;
  if (collection === 'classroom') return slug === 'plan' ? 'classroom' : `classroom/${slug}`;
  return `${collection}/${slug}`;
}

export interface CitingPage {
  path: string;
  title: string;
}

/** For each source id, the pages (in one locale) whose content cites it. */
export function citationIndex(locale: Locale): Map<string, CitingPage[]> {
  const index = new Map<string, CitingPage[]>();
  const add = (id: string, page: CitingPage) => {
    const list = index.get(id) ?? [];
    if (!list.some((p) => p.path === page.path)) list.push(page);
    index.set(id, list);
  };
  for (const collection of ['pages', 'story', 'learn', 'classroom'] as Collection[]) {
    for (const entry of getEntries(collection, locale)) {
      const path = pagePath(collection, entry.slug);
      for (const id of entry.sourceOrder) add(id, { path, title: entry.frontmatter.title });
    }
  }
  return index;
}
