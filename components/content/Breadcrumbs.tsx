import Link from '@/components/content/Link';
import { breadcrumbJsonLd, breadcrumbTrail, jsonLdText } from '@/lib/content/breadcrumbs';
import { message, pageInfo } from '@/lib/content/page-info';
import { sitePaths } from '@/lib/content/routes';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/site';

/** Sections are named as in the header; other pages by their title. */
const navKey: Record<string, string> = {
  '': 'home',
  story: 'story',
  learn: 'learn',
  errors: 'errors',
  classroom: 'classroom',
  simulator: 'simulator',
  glossary: 'glossary',
  'fact-check': 'factCheck',
  quiz: 'quiz',
  sources: 'sources',
  about: 'about',
};

/**
 * GOV.UK-style breadcrumbs: the links above this page (the page itself is the h1 below), plus
 * the whole trail, this page included, as schema.org BreadcrumbList for search engines.
 */
export function Breadcrumbs({ locale, path }: { locale: Locale; path: string }) {
  const pages = new Set(sitePaths());
  const nameOf = (p: string) => (p in navKey ? message(locale, 'common', `nav.${navKey[p]}`) : pageInfo(locale, p).title);
  const trail = breadcrumbTrail(path, (p) => pages.has(p), nameOf);
  const jsonLd = breadcrumbJsonLd(trail, (p) => absoluteUrl(localePath(locale, p)));
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <nav aria-label={message(locale, 'common', 'breadcrumb')} className="no-print mb-4 text-sm" data-testid="breadcrumbs">
        <ol className="flex flex-wrap gap-x-2">
          {trail.slice(0, -1).map((crumb, i) => (
            <li key={crumb.path} className="flex gap-x-2">
              {i > 0 ? (
                <span aria-hidden="true" className="text-muted">
                  ›
                </span>
              ) : null}
              <Link href={localePath(locale, crumb.path)}>{crumb.name}</Link>
            </li>
          ))}
        </ol>
      </nav>
    </>
  );
}
