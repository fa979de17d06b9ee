/**
 * The quiz: questions come from the lessons' self-check data; answers are kept in this browser
 * only. Stored values may be broken or stale, so parsing keeps only valid answers.
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

export const quizStorageKey = 'quiz-answers-v1';
export const pretestStorageKey = 'quiz-pretest-v1';

export function parseAnswers(raw: unknown, questions: readonly QuizQuestion[]): Answers {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const answers: Answers = {};
  for (const q of questions) {
    const a = (value as Record<string, unknown>)[q.id];
    if (Number.isInteger(a) && (a as number) >= 0 && (a as number) < q.options.length) answers[q.id] = a as number;
  }
  return answers;
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
