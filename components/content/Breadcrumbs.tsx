import Link from '@/components/content/Link';
import { breadcrumbTrail } from '@/lib/content/breadcrumbs';
import { message, pageInfo } from '@/lib/content/page-info';
import { sitePaths } from '@/lib/content/routes';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { navKeyOf } from '@/lib/nav';
import css from './Breadcrumbs.module.css';
import { StaticMarkup } from './StaticMarkup';

/**
 * GOV.UK-style breadcrumbs: the links above this page (the page itself is the h1 below). The
 * schema.org BreadcrumbList for search engines is written from this nav after the build
 * (scripts/lib/breadcrumb-json-ld.mjs), so it is not sent a second time in the page's payload.
 */
export function Breadcrumbs({ locale, path }: { locale: Locale; path: string }) {
  const pages = new Set(sitePaths());
  // Sections above this page are named as in the header and footer; this page by its own title (its h1).
  const nameOf = (p: string) => (p !== path && p in navKeyOf ? message(locale, 'common', `nav.${navKeyOf[p]}`) : pageInfo(locale, p).title);
  const trail = breadcrumbTrail(path, (p) => pages.has(p), nameOf);
  return (
    <StaticMarkup name="breadcrumbs" as="nav" aria-label={message(locale, 'common', 'breadcrumb')} className={`no-print ${css.nav}`} data-testid="breadcrumbs">
      <ol>
        {/* The › between crumbs is drawn by CSS (Breadcrumbs.module.css), so it is not read out. */}
        {trail.slice(0, -1).map((crumb) => (
          <li key={crumb.path}>
            <Link href={localePath(locale, crumb.path)}>{crumb.name}</Link>
          </li>
        ))}
      </ol>
    </StaticMarkup>
  );
}
