import Link from '@/components/content/Link';
import { getTranslations } from 'next-intl/server';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { footerSections } from '@/lib/nav';

export async function Footer({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  return (
    <footer id="site-footer" className="mt-16 border-t border-line bg-panel text-sm text-muted">
      <div className="mx-auto max-w-6xl space-y-3 px-4 py-8">
        <nav aria-label={t('nav.footerLabel')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {footerSections.map(([path, key]) => (
              <li key={path}>
                <Link href={localePath(locale, path)}>{t(`nav.${key}`)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="font-semibold text-ink">{t('footer.disclaimer')}</p>
        <p>{t('footer.notAffiliated')}</p>
        <p>{t('footer.storyCredit')}</p>
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.licence')}</p>
      </div>
    </footer>
  );
}
