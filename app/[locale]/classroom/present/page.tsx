import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfflineStatus } from '@/components/classroom/OfflineStatus';
import { Presenter, type PresenterLabels } from '@/components/classroom/Presenter';
import { deckData } from '@/components/classroom/deck-data';
import { StaticMarkup } from '@/components/content/StaticMarkup';
import { stageSlides } from '@/lib/classroom/deck';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { withBasePath } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/classroom/present'>) {
  return pageMetadata((await params).locale as Locale, 'classroom/present');
}

const labelKeys = ['stepOf', 'notes', 'qr', 'help', 'close', 'corrected', 'qrCaption', 'keys', 'prev', 'next', 'notesBlocked', 'keysHint'] as const satisfies readonly (keyof PresenterLabels)[];

/** Slides are the story steps' own frontmatter and screens (never a second copy), between the two student pages. */
export default async function PresentPage({ params }: PageProps<'/[locale]/classroom/present'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const { slides, visuals } = await deckData(locale);
  const keyList = t.raw('present.keyList') as Record<string, string>;
  return (
    <>
      <OfflineStatus locale={locale} status={false} />
      <Presenter
        locale={locale}
        slides={stageSlides(slides)}
        visuals={visuals}
        notesHref={withBasePath(localePath(locale, 'classroom/notes'))}
        keysHelp={Object.entries(keyList)}
        labels={Object.fromEntries(labelKeys.map((k) => [k, t.raw(`present.${k}`) as string])) as PresenterLabels}
      >
        <StaticMarkup name="presenter-fallback" className="presenter-fallback">
          <h1 className="mb-4 text-3xl font-bold">{t('present.title')}</h1>
          <p className="measure mb-8">{t('present.intro')}</p>
          <ol className="space-y-10">
            {slides.map((s, i) => (
              <li key={s.id} className="rounded border border-line p-6" data-slide={i + 1}>
                <p className="text-sm font-semibold text-muted">{t('present.stepOf', { n: i + 1, total: slides.length })}</p>
                <h2 className="mt-1 text-2xl font-bold">{s.title}</h2>
                <p className="mt-2 text-lg">{s.summary}</p>
                {s.keyPoints.length ? (
                  <ul className="mt-2 list-disc pl-6">
                    {s.keyPoints.map((k) => (
                      <li key={k}>{k}</li>
                    ))}
                  </ul>
                ) : null}
                {s.question ? <p className="mt-3 font-semibold">{s.question}</p> : null}
              </li>
            ))}
          </ol>
        </StaticMarkup>
      </Presenter>
    </>
  );
}
