/**
 * The one route table. Every page route under `app/[locale]/` has exactly one entry here, and the
 * sitemap (so the end-to-end crawl), the Open Graph images, page metadata, breadcrumbs and the
 * header/footer navigation all read it. `lib/content/routes.test.ts` compares it with
 * `app/[locale]/**\/page.tsx` and fails naming any route that is in one and not the other.
 *
 * To add a page: add its folder under `app/[locale]/` and one entry below.
 * - `route`: the folder under `app/[locale]/` ('' is the home page), dynamic segments in brackets.
 * - `info`: where its title and description come from: `messages` (namespace, title key,
 *   description key in `content/{ja,en}/messages/<namespace>.json`), `content` (an MDX entry's
 *   frontmatter; without `slug`, the path's last segment is the slug) or `errorCode`.
 * - `each` (dynamic routes only): which list gives its pages (a content collection or the error codes).
 * - `nav`: the `common.nav.*` key when the header, footer or breadcrumbs name the page.
 *
 * Pure data with no runtime imports, so Playwright and scripts can read it too.
 */
import type { Collection } from './load';

export type RouteInfo =
  | { readonly messages: readonly [namespace: string, title: string, description: string] }
  | { readonly content: Collection; readonly slug?: string }
  | { readonly errorCode: true };

export interface RouteDef {
  readonly route: string;
  readonly info: RouteInfo;
  readonly each?: 'story' | 'learn' | 'error-codes';
  readonly nav?: string;
}

export const routeTable = [
  { route: '', info: { content: 'pages', slug: 'home' }, nav: 'home' },
  { route: 'about', info: { content: 'pages', slug: 'about' }, nav: 'about' },
  { route: 'sources', info: { messages: ['common', 'sourcesPage.title', 'sourcesPage.description'] }, nav: 'sources' },
  { route: 'sources/other', info: { messages: ['common', 'sourcesPage.otherTitle', 'sourcesPage.otherDescription'] } },
  { route: 'story', info: { messages: ['story', 'overview.title', 'overview.description'] }, nav: 'story' },
  { route: 'story/[step]', info: { content: 'story' }, each: 'story' },
  { route: 'learn', info: { messages: ['learn', 'index.title', 'index.description'] }, nav: 'learn' },
  { route: 'learn/[lesson]', info: { content: 'learn' }, each: 'learn' },
  { route: 'glossary', info: { messages: ['learn', 'glossary.title', 'glossary.description'] }, nav: 'glossary' },
  { route: 'fact-check', info: { messages: ['learn', 'factCheck.title', 'factCheck.description'] }, nav: 'factCheck' },
  { route: 'corrections', info: { messages: ['learn', 'corrections.title', 'corrections.description'] }, nav: 'corrections' },
  { route: 'search', info: { messages: ['search', 'title', 'description'] } },
  { route: 'quiz', info: { messages: ['classroom', 'quiz.title', 'quiz.description'] }, nav: 'quiz' },
  { route: 'quiz/before', info: { messages: ['classroom', 'students.before.title', 'students.before.description'] } },
  { route: 'quiz/after', info: { messages: ['classroom', 'students.after.title', 'students.after.description'] } },
  { route: 'classroom', info: { content: 'classroom', slug: 'plan' }, nav: 'classroom' },
  { route: 'classroom/present', info: { messages: ['classroom', 'present.title', 'present.description'] } },
  { route: 'classroom/notes', info: { messages: ['classroom', 'notes.title', 'notes.description'] } },
  { route: 'classroom/handout', info: { content: 'classroom', slug: 'handout' } },
  { route: 'errors', info: { messages: ['errors', 'index.title', 'index.description'] }, nav: 'errors' },
  { route: 'errors/[code]', info: { errorCode: true }, each: 'error-codes' },
  { route: 'simulator', info: { messages: ['simulator', 'title', 'description'] }, nav: 'simulator' },
  { route: 'tools/slmgr', info: { messages: ['errors', 'slmgr.title', 'slmgr.description'] }, nav: 'tools' },
] as const satisfies readonly RouteDef[];

type Table = (typeof routeTable)[number];
/** A route without dynamic segments ('' is home): a page path in itself. */
export type FixedRoute = Extract<Table, { route: string; each?: never }>['route'] & string;
/** The `common.nav.*` keys the table names. */
export type NavKey = Extract<Table, { nav: string }>['nav'];
/** The `nav` key of one route. */
export type NavKeyOf<P extends string> = Extract<Table, { route: P; nav: string }>['nav'];

const isDynamic = (segment: string) => /^\[.+\]$/.test(segment);

/** The table entry a site path (without locale) belongs to, or undefined for an unknown path. */
export function routeOf(path: string): RouteDef | undefined {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const parts = clean ? clean.split('/') : [];
  const exact = (routeTable as readonly RouteDef[]).find((r) => r.route === clean);
  if (exact) return exact;
  return (routeTable as readonly RouteDef[]).find((r) => {
    const pattern = r.route ? r.route.split('/') : [];
    return pattern.length === parts.length && pattern.some(isDynamic) && pattern.every((s, i) => isDynamic(s) || s === parts[i]);
  });
}

/** The `common.nav.*` key of a page linked from the header, footer or breadcrumbs. */
export function navKeyFor<P extends string>(path: P): NavKeyOf<P> | undefined {
  const entry = (routeTable as readonly RouteDef[]).find((r) => r.route === path && r.nav);
  return entry?.nav as NavKeyOf<P> | undefined;
}
