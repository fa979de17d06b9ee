import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfflineStatus } from '@/components/classroom/OfflineStatus';
import { SpeakerNotes } from '@/components/classroom/SpeakerNotes';
import { deckData } from '@/components/classroom/deck-data';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/classroom/notes'>) {
  return pageMetadata((await params).locale as Locale, 'classroom/notes', { index: false });
}

const keys = ['title', 'currentSlide', 'nextSlide', 'notesHeading', 'noNotes', 'last', 'timer', 'clock', 'resetTimer', 'sync', 'prev', 'next'] as const;

/** The speaker view: notes come from each story step's `notes` frontmatter (and the student slides' messages). */
export default async function NotesPage({ params }: PageProps<'/[locale]/classroom/notes'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const { slides, visuals } = await deckData(locale);
  const labels = { ...(Object.fromEntries(keys.map((k) => [k, t.raw(`notes.${k}`) as string])) as Record<(typeof keys)[number], string>), stepOf: t.raw('present.stepOf') as string, controls: t('present.controls') };
  return (
    <>
      <OfflineStatus locale={locale} status={false} />
      <SpeakerNotes locale={locale} slides={slides} visuals={visuals} labels={labels}>
      <p className="my-6 text-muted">{t('notes.noJs')}</p>
      <ol className="measure space-y-6">
        {slides.map((s, i) => (
          <li key={s.id}>
            <h2 className="text-xl font-bold">
              {i + 1}. {s.title}
            </h2>
            <p className="mt-1">{s.notes}</p>
          </li>
        ))}
      </ol>
    </SpeakerNotes>
    </>
  );
}
