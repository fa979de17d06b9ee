import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchResults } from '@/components/search/SearchResults';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>) {
  return pageMetadata((await params).locale as Locale, 'search', { index: false });
}

export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <div className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 text-sm text-muted">{t('privacy')}</p>
      <SearchResults
        labels={{
          loading: t('loading'),
          unavailable: t('unavailable'),
          results: t.raw('results') as string,
          none: t.raw('none') as string,
          tooLong: t('tooLong'),
          empty: t('empty'),
          noJs: t('noJs'),
        }}
      />
    </div>
  );
}
