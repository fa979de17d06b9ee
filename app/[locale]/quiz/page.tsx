import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfflineStatus } from '@/components/classroom/OfflineStatus';
import { Quiz } from '@/components/quiz/Quiz';
import { quizLabels } from '@/components/quiz/quiz-labels';
import { shareLabels } from '@/components/share/share-labels';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { pretestIds } from '@/lib/quiz/pretest';
import { quizQuestions } from '@/lib/quiz/questions';
import { getEntries } from '@/lib/content/load';
import { withBasePath } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/quiz'>) {
  return pageMetadata((await params).locale as Locale, 'quiz');
}

export default async function QuizPage({ params }: PageProps<'/[locale]/quiz'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const lessonHrefs = Object.fromEntries(getEntries('learn', locale).map((l) => [l.slug, withBasePath(localePath(locale, `learn/${l.slug}`))]));
  return (
    <article data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('quiz.title')}</h1>
      <p className="mb-6">{t('quiz.intro')}</p>
      <OfflineStatus locale={locale} status={false} />
      <Quiz questions={quizQuestions(locale)} lessonHrefs={lessonHrefs} pretestIds={pretestIds()} share={shareLabels(locale)} labels={quizLabels(locale)} />
    </article>
  );
}
