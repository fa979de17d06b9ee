import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Quiz } from '@/components/quiz/Quiz';
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
  const questions = quizQuestions(locale);
  const lessonHrefs = Object.fromEntries(getEntries('learn', locale).map((l) => [l.slug, withBasePath(localePath(locale, `learn/${l.slug}`))]));
  const keys = ['question', 'correct', 'wrong', 'why', 'lesson', 'answer', 'score', 'retry', 'pretestHeading', 'pretestIntro', 'before', 'now', 'notAnswered'] as const;
  return (
    <article data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('quiz.title')}</h1>
      <p className="mb-6">{t('quiz.intro')}</p>
      <Quiz
        questions={questions}
        lessonHrefs={lessonHrefs}
        pretestIds={pretestIds()}
        share={shareLabels(locale)}
        labels={Object.fromEntries(keys.map((k) => [k, t.raw(`quiz.${k}`) as string])) as Record<(typeof keys)[number], string>}
      />
    </article>
  );
}
