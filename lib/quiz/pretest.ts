import pretest from '../../content/classroom/pretest.json';
import { quizQuestions } from './questions';
import { ContentError } from '../content/errors';

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
