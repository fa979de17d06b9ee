import Link from '@/components/content/Link';
import { getTranslations } from 'next-intl/server';
import { mainSections } from '@/lib/nav';
import { localePath, otherLocale, type Locale } from '@/lib/i18n/locales';
import { SearchForm } from '@/components/search/SearchForm';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';

export async function Header({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <header id="site-header" className="border-b border-line bg-panel">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-page focus:px-3 focus:py-2"
      >
        {t('skipLink')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={localePath(locale)} className="mr-auto text-lg font-bold text-ink no-underline">
          {t('siteName')}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <SearchForm locale={locale} />
          <LanguageSwitch to={otherLocale(locale)} label={t('language.switchTo')} title={t('language.switchToLong')} />
          <ThemeSwitch
            label={t('theme.label')}
            names={{ light: t('theme.light'), dark: t('theme.dark'), system: t('theme.system') }}
          />
        </div>
        <nav aria-label={t('nav.label')} className="w-full">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {mainSections.map(([path, key]) => (
              <li key={path}>
                <Link href={localePath(locale, path)} className="text-link underline-offset-4 hover:underline">
                  {t(`nav.${key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
