import { sourceHost, type Source } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';

/**
 * The sources list is split in two pages so neither sends the whole list: sources served by
 * Microsoft on `/{locale}/sources/`, everything else (copies, press, other bodies) on
 * `/{locale}/sources/other/`. Every link to a source's entry is computed here.
 */
export type SourcePage = 'sources' | 'sources/other';

/** The page whose list holds this source. */
export function sourcePage(source: Pick<Source, 'url'>): SourcePage {
  return sourceHost(source) === 'microsoft' ? 'sources' : 'sources/other';
}

/** A link to the source's entry: its list page and the entry's #id. */
export function sourceHref(locale: Locale, source: Pick<Source, 'url' | 'id'>): string {
  return `${localePath(locale, sourcePage(source))}#${source.id}`;
}
