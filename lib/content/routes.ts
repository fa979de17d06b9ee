import { getEntries, getSlugs, type Collection } from './load';
import type { Locale } from '../i18n/locales';
import { errorCodes } from '../errors/data';
import { slugOf } from '../errors/code-parse';

/**
 * Every page of the site, as a path without the locale ('' is the home page). The sitemap is
 * made from this list, and the end-to-end crawl reads the sitemap, so a page added here is tested.
 */
export function sitePaths(): string[] {
  const fixed = ['', 'about', 'sources', 'story', 'learn', 'glossary', 'fact-check', 'search', 'quiz', 'classroom', 'classroom/present', 'classroom/notes', 'classroom/handout', 'errors', 'simulator', 'tools/slmgr', 'corrections'];
  const fromContent = (collection: Collection, prefix: string) => getSlugs(collection).map((s) => `${prefix}/${s}`);
  const errorPages = errorCodes.map((c) => `errors/${slugOf(c.hex)}`);
  return [...fixed, ...fromContent('story', 'story'), ...fromContent('learn', 'learn'), ...errorPages];
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
