import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Presenter, type Slide } from '@/components/classroom/Presenter';
import { getEntries } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { withBasePath } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/classroom/present'>) {
  return pageMetadata((await params).locale as Locale, 'classroom/present');
}

/** Slides are the story steps' own frontmatter: the same content as /story/, never a second copy. */
export default async function PresentPage({ params }: PageProps<'/[locale]/classroom/present'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const slides: Slide[] = getEntries('story', locale).map(({ slug, frontmatter: fm }) => ({
    slug,
    step: fm.step,
    title: fm.title,
    summary: fm.summary,
    keyPoints: fm.keyPoints,
    question: fm.choice?.question,
  }));
  const keyList = t.raw('present.keyList') as Record<string, string>;
  const labelKeys = ['stepOf', 'notes', 'qr', 'help', 'close', 'fullscreen', 'corrected', 'qrCaption', 'keys', 'prev', 'next', 'notesBlocked'] as const;
  return (
    <Presenter
      locale={locale}
      slides={slides}
      notesHref={withBasePath(localePath(locale, 'classroom/notes'))}
      keysHelp={Object.entries(keyList)}
      labels={Object.fromEntries(labelKeys.map((k) => [k, t.raw(`present.${k}`) as string])) as Record<(typeof labelKeys)[number], string>}
    >
      <h1 className="mb-4 text-3xl font-bold">{t('present.title')}</h1>
      <p className="measure mb-8">{t('present.intro')}</p>
      <ol className="space-y-10">
        {slides.map((s) => (
          <li key={s.slug} className="rounded border border-line p-6" data-slide={s.step}>
            <p className="text-sm font-semibold text-muted">{t('present.stepOf', { n: s.step, total: slides.length })}</p>
            <h2 className="mt-1 text-2xl font-bold">{s.title}</h2>
            <p className="mt-2 text-lg">{s.summary}</p>
            <ul className="mt-2 list-disc pl-6">
              {s.keyPoints.map((k) => (
                <li key={k}>{k}</li>
              ))}
            </ul>
            {s.question ? <p className="mt-3 font-semibold">{s.question}</p> : null}
          </li>
        ))}
      </ol>
    </Presenter>
  );
}
