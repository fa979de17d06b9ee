import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SearchBox } from '@/components/search/SearchBox';
import { SearchResults } from '@/components/search/SearchResults';
import { errorCodes } from '@/lib/errors/data';
import { codeIndex } from '@/lib/errors/lookup';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { withBasePath } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>) {
  return pageMetadata((await params).locale as Locale, 'search', { index: false });
}

export default async function SearchPage({ params }: PageProps<'/[locale]/search'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'search' });
  const titles = Object.fromEntries(errorCodes.map((c) => [c.hex, c.message[locale]]));
  return (
    <div className="measure">
      <h1 className="mb-4 text-h1 font-bold">{t('title')}</h1>
      <SearchBox
        action={withBasePath(localePath(locale, 'search'))}
        labels={{ box: t('boxLabel'), form: t('title'), submit: t('submit'), placeholder: t('placeholder') }}
      />
      <p className="mb-6 text-small text-muted">{t('privacy')}</p>
      <SearchResults
        locale={locale}
        codes={{ index: codeIndex, titles }}
        labels={{
          loading: t('loading'),
          unavailable: t('unavailable'),
          results: t.raw('results') as string,
          resultsOne: t.raw('resultsOne') as string,
          none: t.raw('none') as string,
          tooLong: t('tooLong'),
          empty: t('empty'),
          noJs: t('noJs'),
          directAnswer: t.raw('directAnswer') as string,
          directAnswerLabel: t('directAnswerLabel'),
        }}
      />
    </div>
  );
}
