import Link from '@/components/content/Link';
import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/icons/Icon';
import { mainSections } from '@/lib/nav';
import { localePath, otherLocale, type Locale } from '@/lib/i18n/locales';
import { SearchForm } from '@/components/search/SearchForm';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';

/**
 * The site header. Phones: the site name and a menu button, at most 64 px tall; the menu is a
 * <details> (works without JavaScript) holding navigation, search, language and theme. Laptops:
 * the same markup laid out in two rows, the menu always open (CSS, app/globals.css `.site-menu`).
 */
export async function Header({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <header id="site-header" className="relative z-30 border-b border-line bg-panel">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-control focus:bg-page focus:px-3 focus:py-2"
      >
        {t('skipLink')}
      </a>
      <div className="site-bar mx-auto flex min-h-14 max-w-6xl items-center gap-x-4 px-4 py-1.5">
        <Link href={localePath(locale)} className="mr-auto py-2 text-lg font-bold leading-tight text-ink no-underline" data-testid="site-name">
          {t('siteName')}
        </Link>
        <details className="site-menu" data-testid="site-menu">
          <summary
            className="flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-control border border-line-strong bg-page px-3 font-medium [&::-webkit-details-marker]:hidden"
            data-testid="menu-button"
          >
            <Icon name="menu" />
            {t('nav.menu')}
          </summary>
          <div className="menu-panel" data-testid="menu-panel">
            <nav aria-label={t('nav.label')} className="menu-nav">
              <ul className="flex flex-col md:flex-row md:flex-wrap md:gap-x-5 md:gap-y-1">
                {mainSections.map(([path, key]) => (
                  <li key={path}>
                    <Link
                      href={localePath(locale, path)}
                      className="block border-b border-line py-3 text-link underline-offset-4 md:border-0 md:py-0 md:text-small"
                    >
                      {t(`nav.${key}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="menu-controls flex flex-wrap items-center gap-2">
              <SearchForm locale={locale} />
              <LanguageSwitch to={otherLocale(locale)} label={t('language.switchTo')} title={t('language.switchToLong')} />
              <ThemeSwitch
                label={t('theme.label')}
                names={{ light: t('theme.light'), dark: t('theme.dark'), system: t('theme.system') }}
              />
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
