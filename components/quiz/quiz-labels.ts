import { message } from '@/lib/content/page-info';
import type { Locale } from '@/lib/i18n/locales';
import type { QuizLabels } from './Quiz';

const keys = ['question', 'correct', 'wrong', 'rightAnswer', 'why', 'lesson', 'firstCounts', 'answer', 'score', 'retry', 'pretestHeading', 'pretestIntro', 'before', 'now', 'notAnswered', 'rightMark', 'wrongMark'] as const satisfies readonly (keyof QuizLabels)[];

/** The quiz's words in the page's language (server side; templates stay unfilled for the island). */
export function quizLabels(locale: Locale): QuizLabels {
  return Object.fromEntries(keys.map((k) => [k, message(locale, 'classroom', `quiz.${k}`)])) as QuizLabels;
}
