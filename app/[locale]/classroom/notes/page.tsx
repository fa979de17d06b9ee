import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SpeakerNotes } from '@/components/classroom/SpeakerNotes';
import { getEntries } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/classroom/notes'>) {
  return pageMetadata((await params).locale as Locale, 'classroom/notes', { index: false });
}

/** Speaker notes come from each story step's `notes` frontmatter. */
export default async function NotesPage({ params }: PageProps<'/[locale]/classroom/notes'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const items = getEntries('story', locale).map(({ frontmatter: fm }) => ({ step: fm.step, title: fm.title, notes: fm.notes }));
  const keys = ['current', 'next', 'last', 'timer', 'resetTimer', 'sync'] as const;
  return (
    <div className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('notes.title')}</h1>
      <SpeakerNotes
        locale={locale}
        items={items}
        labels={{ ...(Object.fromEntries(keys.map((k) => [k, t.raw(`notes.${k}`) as string])) as Record<(typeof keys)[number], string>), stepOf: t.raw('present.stepOf') as string }}
      >
        <p className="mb-6 text-muted">{t('notes.noJs')}</p>
        <ol className="space-y-6">
          {items.map((i) => (
            <li key={i.step}>
              <h2 className="text-xl font-bold">
                {i.step}. {i.title}
              </h2>
              <p className="mt-1">{i.notes}</p>
            </li>
          ))}
        </ol>
      </SpeakerNotes>
    </div>
  );
}
