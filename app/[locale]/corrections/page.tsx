import { getTranslations, setRequestLocale } from 'next-intl/server';
import Link from '@/components/content/Link';
import { CorrectionEntry, type CorrectionLabels } from '@/components/corrections/CorrectionEntry';
import { JumpList } from '@/components/corrections/JumpList';
import { correctionKinds } from '@/lib/content/corrections';
import { loadCorrections, sourceMap } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { StaticMarkup } from '@/components/content/StaticMarkup';

export async function generateMetadata({ params }: PageProps<'/[locale]/corrections'>) {
  return pageMetadata((await params).locale as Locale, 'corrections');
}

export default async function CorrectionsPage({ params }: PageProps<'/[locale]/corrections'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'learn' });
  const c = await getTranslations({ locale, namespace: 'common' });
  const corrections = loadCorrections();
  const labels: CorrectionLabels = {
    kinds: Object.fromEntries(correctionKinds.map((k) => [k, t(`corrections.kinds.${k}`)])) as CorrectionLabels['kinds'],
    date: t('corrections.date'),
    finding: t('corrections.finding'),
    reviews: { 'fact-check': t('corrections.reviews.fact-check'), japanese: t('corrections.reviews.japanese') },
    said: t('corrections.said'),
    right: t('corrections.right'),
    pages: t('corrections.pages'),
    sources: t('corrections.sources'),
    sectionLink: (title) => c('sectionLink', { title }),
  };
  const sources = sourceMap();
  return (
    <StaticMarkup name="corrections" as="article" data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('corrections.title')}</h1>
      <p>{t('corrections.intro')}</p>
      <p className="mt-2">
        {t('corrections.count', { n: corrections.length })}{' '}
        <Link href={localePath(locale, 'sources')}>{t('corrections.toSources')}</Link>
      </p>
      <JumpList entries={corrections} locale={locale} heading={c('onThisPage')} />
      <ol className="mt-6 space-y-6" data-testid="corrections">
        {corrections.map((entry) => (
          <CorrectionEntry key={entry.id} c={entry} locale={locale} sources={sources} labels={labels} />
        ))}
      </ol>
    </StaticMarkup>
  );
}
