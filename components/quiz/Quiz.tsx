'use client';

import { useCallback } from 'react';
import { useHydrated } from '@/components/hooks/useHydrated';
import { useStoredJson } from '@/components/hooks/useStoredJson';
import { answer, emptyAttempt, parseAnswers, parseAttempt, pretestStorageKey, quizStorageKey, score, type Answers, type QuizQuestion } from '@/lib/quiz/quiz';
import { fill } from '@/lib/text/fill';
import { CopyLink, type ShareLabels } from '@/components/share/CopyLink';
import { OptionList } from './OptionList';
import { QuizCompare, type CompareLabels } from './QuizCompare';
import { QuizFeedback, type FeedbackLabels } from './QuizFeedback';

export type QuizLabels = CompareLabels & FeedbackLabels & Record<'question' | 'answer' | 'score' | 'retry', string>;

const noAnswers: Answers = Object.freeze({}) as Answers;

/**
 * The quiz. Rendered on the server with every answer in a <details> (so it reads without JS;
 * `reveal={false}` leaves them out, for the students' own pages); once JS runs, the first answer
 * to each question is scored and explained, and "try again" starts a fresh attempt.
 */
export function Quiz({
  questions,
  lessonHrefs,
  pretestIds,
  labels,
  share,
  storageKey = quizStorageKey,
  reveal = true,
}: {
  questions: QuizQuestion[];
  lessonHrefs: Record<string, string>;
  pretestIds: string[];
  labels: QuizLabels;
  share?: ShareLabels;
  storageKey?: string;
  reveal?: boolean;
}) {
  const interactive = useHydrated();
  const parseQuiz = useCallback((raw: string | null) => parseAttempt(raw, questions), [questions]);
  const parsePretest = useCallback((raw: string | null) => parseAnswers(raw, questions), [questions]);
  const [attempt, setAttempt] = useStoredJson(storageKey, parseQuiz, emptyAttempt);
  const [pretest] = useStoredJson(pretestStorageKey, parsePretest, noAnswers);

  function retry() {
    setAttempt(null);
    document.getElementById('quiz-top')?.focus();
  }

  const result = score(questions, attempt.first);
  const compared = questions.filter((q) => pretestIds.includes(q.id) && pretest[q.id] !== undefined);

  return (
    <div>
      <p id="quiz-top" tabIndex={-1} role="status" className="sticky top-0 z-10 mb-6 rounded border border-line bg-panel px-4 py-2 font-semibold" data-testid="quiz-score" data-correct={result.correct} data-answered={result.answered} data-total={result.total}>
        {interactive ? fill(labels.score, result) : ''}
      </p>
      <ol className="space-y-8">
        {questions.map((q, n) => {
          const first = attempt.first[q.id];
          const current = attempt.current[q.id] ?? first;
          return (
            <li key={q.id} id={q.id} className="scroll-mt-16 rounded border border-line p-4" data-testid="quiz-question">
              <fieldset>
                <legend className="font-semibold">
                  <span className="text-sm text-muted">{fill(labels.question, { n: n + 1 })}</span>
                  <span className="mt-1 block text-lg">{q.question}</span>
                </legend>
                <OptionList
                  name={`${storageKey}-${q.id}`}
                  options={q.options}
                  chosen={current}
                  disabled={!interactive}
                  onChoose={(i) => setAttempt(answer(attempt, q.id, i))}
                  className="mt-3 space-y-2"
                  labelClassName="flex min-h-11 cursor-pointer items-start gap-2 rounded border border-line px-3 py-2 has-[:checked]:border-accent"
                />
              </fieldset>
              {share ? (
                <p className="mt-2 text-right">
                  <CopyLink hash={q.id} context={fill(labels.question, { n: n + 1 })} labels={share} testId={`copy-question-${q.id}`} />
                </p>
              ) : null}
              {interactive ? (
                <div aria-live="polite">{first !== undefined ? <QuizFeedback question={q} first={first} current={current} lessonHref={lessonHrefs[q.lesson]} labels={labels} /> : null}</div>
              ) : reveal ? (
                <details className="mt-3">
                  <summary className="cursor-pointer py-2 text-link">{labels.answer}</summary>
                  <p className="mt-1 font-semibold">{q.options[q.answer]}</p>
                  <p className="mt-1">{q.explanation}</p>
                  <p className="mt-1">
                    <a href={lessonHrefs[q.lesson]}>{labels.lesson}</a>
                  </p>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {interactive ? (
        <div className="mt-8 space-y-6">
          {compared.length ? <QuizCompare questions={compared} before={pretest} after={attempt.first} labels={labels} /> : null}
          <button type="button" onClick={retry} className="min-h-11 rounded bg-accent px-4 py-2 font-semibold text-accent-ink" data-testid="quiz-retry">
            {labels.retry}
          </button>
        </div>
      ) : null}
    </div>
  );
}
