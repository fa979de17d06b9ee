import type { FixedRoute } from './content/route-table';
import { navKeyFor, routeTable, type NavKeyOf, type RouteDef } from './content/route-table';

/**
 * The order of the header's and footer's links. Paths are route-table routes (a typo or a
 * removed route fails the type check) and each link's name is its route's `nav` key.
 */
const header = ['story', 'simulator', 'learn', 'errors', 'tools/slmgr', 'classroom'] as const satisfies readonly FixedRoute[];
const footer = ['learn', 'fact-check', 'glossary', 'quiz', 'sources', 'corrections', 'about'] as const satisfies readonly FixedRoute[];

function withKey<P extends FixedRoute>(path: P): readonly [P, NavKeyOf<P>] {
  const key = navKeyFor(path);
  if (!key) throw new Error(`lib/nav.ts: route "${path}" has no nav key in the route table`);
  return [path, key] as const;
}

/** The site's main sections: the header navigation and the home page's "ways in" use one list. */
export const mainSections = header.map(withKey);

/** The footer's links: the rest of the site. */
export const footerSections = footer.map(withKey);

/** The `common.nav.*` key that names each page linked from the header or footer (and home). */
export const navKeyOf: Readonly<Record<string, string>> = Object.fromEntries(
  (routeTable as readonly RouteDef[]).flatMap((r) => (r.nav ? [[r.route, r.nav]] : [])),
);
