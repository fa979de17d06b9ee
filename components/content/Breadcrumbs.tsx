import Link from '@/components/content/Link';
import { breadcrumbJsonLd, breadcrumbTrail, jsonLdText } from '@/lib/content/breadcrumbs';
import { message, pageInfo } from '@/lib/content/page-info';
import { sitePaths } from '@/lib/content/routes';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { navKeyOf } from '@/lib/nav';
import { absoluteUrl } from '@/lib/site';

/**
 * GOV.UK-style breadcrumbs: the links above this page (the page itself is the h1 below), plus
 * the whole trail, this page included, as schema.org BreadcrumbList for search engines.
 */
export function Breadcrumbs({ locale, path }: { locale: Locale; path: string }) {
  const pages = new Set(sitePaths());
  // Sections above this page are named as in the header and footer; this page by its own title (its h1).
  const nameOf = (p: string) => (p !== path && p in navKeyOf ? message(locale, 'common', `nav.${navKeyOf[p]}`) : pageInfo(locale, p).title);
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
