import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfflineStatus } from '@/components/classroom/OfflineStatus';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { Quiz } from '@/components/quiz/Quiz';
import { quizLabels } from '@/components/quiz/quiz-labels';
import { getEntries } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { pretestIds, pretestQuestions } from '@/lib/quiz/pretest';
import { afterStorageKey } from '@/lib/quiz/quiz';
import { withBasePath } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/quiz/after'>) {
  return pageMetadata((await params).locale as Locale, 'quiz/after');
}

/**
 * The students' "after the lesson" page: the same questions again, marked on the first answer
 * (its own attempt, kept apart from the full quiz), then compared with the "before" answers.
 * No answer is printed in the page: without JavaScript it asks, and says marking needs JS.
 */
export default async function AfterPage({ params }: PageProps<'/[locale]/quiz/after'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const lessonHrefs = Object.fromEntries(getEntries('learn', locale).map((l) => [l.slug, withBasePath(localePath(locale, `learn/${l.slug}`))]));
  return (
    <article className="measure" data-student-page="after">
      <Breadcrumbs locale={locale} path="quiz/after" />
      <h1 className="mb-4 text-3xl font-bold">{t('students.after.title')}</h1>
      <p className="mb-6">{t('students.after.intro')}</p>
      <noscript>
        <p className="mb-6 rounded border border-line bg-panel p-3">{t('students.after.noJs')}</p>
      </noscript>
      <OfflineStatus locale={locale} status={false} />
      <Quiz questions={pretestQuestions(locale)} lessonHrefs={lessonHrefs} pretestIds={pretestIds()} labels={quizLabels(locale)} storageKey={afterStorageKey} reveal={false} />
    </article>
  );
}
