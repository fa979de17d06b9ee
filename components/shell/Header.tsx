import Link from '@/components/content/Link';
import { getTranslations } from 'next-intl/server';
import { mainSections } from '@/lib/nav';
import { localePath, otherLocale, type Locale } from '@/lib/i18n/locales';
import { SearchForm } from '@/components/search/SearchForm';
import { LanguageSwitch } from './LanguageSwitch';
import { ThemeSwitch } from './ThemeSwitch';
import css from './shell.module.css';

/**
 * The site header. Phones: the site name and a menu button, at most 64 px tall; the menu is a
 * <details> (works without JavaScript) holding navigation, search, language and theme. Laptops:
 * the same markup laid out in two rows, the menu always open (CSS, app/globals.css `.site-menu`).
 */
export async function Header({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <header id="site-header" className={css.header}>
      <a href="#main" className={css.skip}>
        {t('skipLink')}
      </a>
      <div className={`site-bar ${css.bar}`}>
        <Link href={localePath(locale)} className={css.name} data-testid="site-name">
          {t('siteName')}
        </Link>
        <details className="site-menu" data-testid="site-menu">
          <summary
            className={`${css.control} ${css.summary}`} data-testid="menu-button"
          >
            {t('nav.menu')}
          </summary>
          <div className="menu-panel" data-testid="menu-panel">
            <nav aria-label={t('nav.label')} className="menu-nav">
              <ul className={css.navList}>
                {mainSections.map(([path, key]) => (
                  <li key={path}>
                    <Link href={localePath(locale, path)}>
                      {t(`nav.${key}`)}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            <div className={`menu-controls ${css.controls}`}>
              <SearchForm locale={locale} />
              <LanguageSwitch to={otherLocale(locale)} label={t('language.switchTo')} title={t('language.switchToLong')} className={`${css.control} ${css.small} ${css.lang} ${css.hover}`} />
              <ThemeSwitch
                label={t('theme.label')}
                names={[t('theme.light'), t('theme.dark'), t('theme.system')]}
                classes={[`needs-js ${css.control} ${css.themes} ${css.small}`, `${css.theme}`]}
              />
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
