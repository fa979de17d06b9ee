import Link from '@/components/content/Link';
import { getTranslations } from 'next-intl/server';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { footerSections } from '@/lib/nav';
import css from './shell.module.css';
import { StaticMarkup } from '@/components/content/StaticMarkup';

export async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <StaticMarkup name="footer" as="footer" id="site-footer" className={css.footer}>
      <div className={css.footerInner}>
        <nav aria-label={t('nav.footerLabel')}>
          <ul className={css.footerList}>
            {footerSections.map(([path, key]) => (
              <li key={path}>
                <Link href={localePath(locale, path)}>{t(`nav.${key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className={css.strong}>{t('footer.disclaimer')}</p>
        <p>{t('footer.notAffiliated')}</p>
        <p>{t('footer.storyCredit')}</p>
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.licence')}</p>
      </div>
    </StaticMarkup>
  );
}
