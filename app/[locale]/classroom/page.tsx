import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticlePage } from '@/components/content/ArticlePage';
import { Pretest } from '@/components/quiz/Pretest';
import { getEntry } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { pretestIds } from '@/lib/quiz/pretest';
import { quizQuestions } from '@/lib/quiz/questions';
import { SectionHeading } from '@/components/content/SectionHeading';

export async function generateMetadata({ params }: PageProps<'/[locale]/classroom'>) {
  return pageMetadata((await params).locale as Locale, 'classroom');
}

export default async function ClassroomPage({ params }: PageProps<'/[locale]/classroom'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const c = await getTranslations({ locale, namespace: 'common' });
  const ids = pretestIds();
  const questions = quizQuestions(locale).filter((q) => ids.includes(q.id));
  const links = [
    ['classroom/present', 'present'],
    ['classroom/handout', 'handout'],
    ['quiz', 'quiz'],
  ] as const;
  return (
    <ArticlePage
      entry={getEntry('classroom', locale, 'plan')}
      before={
        <nav aria-labelledby="classroom-links" className="not-prose mb-8 rounded border border-line bg-panel p-4">
          <SectionHeading id="classroom-links" title={t('index.links')} className="mb-2 font-bold" />
          <ul className="grid gap-3 sm:grid-cols-3">
            {links.map(([path, key]) => (
              <li key={path}>
                <Link href={localePath(locale, path)} className="font-semibold">
                  {t(`index.${key}`)}
                </Link>
                <p className="text-sm text-muted">{t(`index.${key}Text`)}</p>
              </li>
            ))}
          </ul>
        </nav>
      }
      after={
        questions.length ? (
          <Pretest
            questions={questions}
            labels={{ heading: t('pretest.heading'), anchor: c('sectionLink', { title: t('pretest.heading') }), intro: t('pretest.intro'), saved: t('pretest.saved'), clear: t('pretest.clear') }}
          />
        ) : null
      }
    />
  );
}
