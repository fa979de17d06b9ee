/**
 * The quiz: questions come from the lessons' self-check data; answers are kept in this browser
 * only. Stored values may be broken or stale, so parsing keeps only valid answers.
 *
 * Scoring is fair: in one attempt, the first answer to each question is the one that counts.
 * A visitor may still pick another option afterwards (to explore), but that never changes the
 * score; "try again" starts a fresh attempt.
 */
export interface QuizQuestion {
  id: string;
  lesson: string;
  question: string;
  options: string[];
  answer: number;
  explanation: string;
}

export type Answers = Record<string, number>;

/** What a page needs to ask a question without giving the answer away (the students' "before" page). */
export type AskedQuestion = Pick<QuizQuestion, 'id' | 'question' | 'options'>;

/** One attempt: the first answer to each question (scored) and the option selected now. */
export interface Attempt {
  first: Answers;
  current: Answers;
}

export const emptyAttempt: Attempt = Object.freeze({ first: Object.freeze({}), current: Object.freeze({}) }) as Attempt;

export const quizStorageKey = 'quiz-answers-v1';
export const pretestStorageKey = 'quiz-pretest-v1';
/** The students' "after" page keeps its own attempt, so it never mixes with the full quiz. */
export const afterStorageKey = 'quiz-after-v1';

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

export function parseAnswers(raw: unknown, questions: readonly AskedQuestion[]): Answers {
  const value = parseJson(raw);
  if (!isRecord(value)) return {};
  const answers: Answers = {};
  for (const q of questions) {
    const a = value[q.id];
    if (Number.isInteger(a) && (a as number) >= 0 && (a as number) < q.options.length) answers[q.id] = a as number;
  }
  return answers;
}

/**
 * Reads a stored attempt. Answers saved by the earlier version of the quiz (a plain
 * `{ id: option }` object) are kept: they become the first answers.
 */
export function parseAttempt(raw: unknown, questions: readonly AskedQuestion[]): Attempt {
  const value = parseJson(raw);
  if (!isRecord(value)) return emptyAttempt;
  if (!('first' in value) && !('current' in value)) {
    const legacy = parseAnswers(value, questions);
    return Object.keys(legacy).length ? { first: legacy, current: legacy } : emptyAttempt;
  }
  const first = parseAnswers(value.first, questions);
  const current = { ...first, ...parseAnswers(value.current, questions) };
  // A current answer without a first one cannot be scored fairly, so it is dropped.
  for (const id of Object.keys(current)) if (first[id] === undefined) delete current[id];
  return Object.keys(first).length ? { first, current } : emptyAttempt;
}

/** Records a choice: the first choice for a question is kept as its scored answer. */
export function answer(attempt: Attempt, id: string, option: number): Attempt {
  const first = attempt.first[id] === undefined ? { ...attempt.first, [id]: option } : attempt.first;
  return { first, current: { ...attempt.current, [id]: option } };
}

export function isCorrect(question: QuizQuestion, answer: number | undefined): boolean {
  return answer === question.answer;
}

export function score(questions: readonly QuizQuestion[], answers: Answers): { correct: number; answered: number; total: number } {
  let correct = 0;
  let answered = 0;
  for (const q of questions) {
    if (answers[q.id] === undefined) continue;
    answered++;
    if (isCorrect(q, answers[q.id])) correct++;
  }
  return { correct, answered, total: questions.length };
}
