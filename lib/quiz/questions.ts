import { getEntries } from '../content/load';
import type { Locale } from '../i18n/locales';
import type { QuizQuestion } from './quiz';

/** Every lesson's self-check questions, in lesson order: the quiz's question bank. */
export function quizQuestions(locale: Locale): QuizQuestion[] {
  return getEntries('learn', locale).flatMap((lesson) =>
    lesson.frontmatter.selfCheck.map((q) => ({ ...q, lesson: lesson.slug })),
  );
}
