import pretest from '../../content/classroom/pretest.json';
import type { Locale } from '../i18n/locales';
import { quizQuestions } from './questions';
import { ContentError } from '../content/errors';
import type { AskedQuestion, QuizQuestion } from './quiz';

/**
 * The "before you start" questions a teacher asks at the start of class: ids of quiz questions,
 * listed in content/classroom/pretest.json. An unknown id fails the build.
 */
export function pretestIds(): string[] {
  const known = new Set(quizQuestions('ja').map((q) => q.id));
  const ids = pretest as string[];
  ids.forEach((id, i) => {
    if (!known.has(id)) throw new ContentError('content/classroom/pretest.json', `[${i}]`, `unknown quiz question "${id}"`);
  });
  return ids;
}

/** The pretest questions in pretest.json's order, whole (for the "after" page). */
export function pretestQuestions(locale: Locale): QuizQuestion[] {
  const byId = new Map(quizQuestions(locale).map((q) => [q.id, q]));
  return pretestIds().map((id) => byId.get(id)!);
}

/** Only what asking needs: no right answer, no explanation (for the "before" page). */
export function withoutAnswers(questions: readonly QuizQuestion[]): AskedQuestion[] {
  return questions.map(({ id, question, options }) => ({ id, question, options }));
}
