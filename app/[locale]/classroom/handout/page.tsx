import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfflineStatus } from '@/components/classroom/OfflineStatus';
import { QrCode } from '@/components/classroom/QrCode';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { ArticlePage } from '@/components/content/ArticlePage';
import { getEntries, getEntry } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { absoluteUrl } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/classroom/handout'>) {
  return pageMetadata((await params).locale as Locale, 'classroom/handout');
}

/** The printable handout and worksheet (A4 print styles in globals.css). */
export default async function HandoutPage({ params }: PageProps<'/[locale]/classroom/handout'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const first = getEntries('story', locale)[0];
  const storyUrl = absoluteUrl(localePath(locale, first ? `story/${first.slug}` : 'story'));
  return (
    <div className="handout">
      <ArticlePage
        entry={getEntry('classroom', locale, 'handout')}
        before={
          <>
            <Breadcrumbs locale={locale} path="classroom/handout" />
            <OfflineStatus locale={locale} status={false} />
            <figure className="float-right ml-4 text-center text-xs">
              <QrCode url={storyUrl} label={`${t('handout.qrCaption')}: ${storyUrl}`} className="h-28 w-28" />
              <figcaption className="mt-1 w-32 break-all">{t('handout.qrCaption')}</figcaption>
            </figure>
          </>
        }
      />
    </div>
  );
}
