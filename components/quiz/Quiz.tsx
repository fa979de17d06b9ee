'use client';

import { useEffect, useState } from 'react';
import { parseAnswers, pretestStorageKey, quizStorageKey, score, type Answers, type QuizQuestion } from '@/lib/quiz/quiz';
import { fill } from '@/lib/text/fill';
import { CopyLink, type ShareLabels } from '@/components/share/CopyLink';
import { OptionList } from './OptionList';

export type QuizLabels = Record<
  'question' | 'correct' | 'wrong' | 'why' | 'lesson' | 'answer' | 'score' | 'retry' | 'pretestHeading' | 'pretestIntro' | 'before' | 'now' | 'notAnswered',
  string
>;

function load(key: string, questions: QuizQuestion[]): Answers {
  try {
    return parseAnswers(localStorage.getItem(key), questions);
  } catch {
    return {};
  }
}

function save(key: string, answers: Answers) {
  try {
    localStorage.setItem(key, JSON.stringify(answers));
  } catch {
    // Storage may be blocked; the quiz still works for this visit.
  }
}

/**
 * The quiz. Rendered on the server with every answer in a <details> (so it reads without JS);
 * once JS runs, choosing an option shows right or wrong, why, and the lesson, with a score.
 */
export function Quiz({
  questions,
  lessonHrefs,
  pretestIds,
  labels,
  share,
}: {
  questions: QuizQuestion[];
  lessonHrefs: Record<string, string>;
  pretestIds: string[];
  labels: QuizLabels;
  share: ShareLabels;
}) {
  const [interactive, setInteractive] = useState(false);
  const [answers, setAnswers] = useState<Answers>({});
  const [pretest, setPretest] = useState<Answers>({});

  useEffect(() => {
    /* eslint-disable react-hooks/set-state-in-effect */
    setInteractive(true);
    setAnswers(load(quizStorageKey, questions));
    setPretest(load(pretestStorageKey, questions));
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [questions]);

  function choose(id: string, option: number) {
    const next = { ...answers, [id]: option };
    setAnswers(next);
    save(quizStorageKey, next);
  }

  function retry() {
    setAnswers({});
    save(quizStorageKey, {});
    document.getElementById('quiz-top')?.focus();
  }

  const result = score(questions, answers);
  const pretestQuestions = questions.filter((q) => pretestIds.includes(q.id) && pretest[q.id] !== undefined);

  return (
    <div>
      <p id="quiz-top" tabIndex={-1} role="status" className="sticky top-0 z-10 mb-6 rounded border border-line bg-panel px-4 py-2 font-semibold" data-testid="quiz-score" data-correct={result.correct} data-total={result.total}>
        {interactive ? fill(labels.score, result) : ''}
      </p>
      <ol className="space-y-8">
        {questions.map((q, n) => {
          const chosen = answers[q.id];
          const answered = chosen !== undefined;
          return (
            <li key={q.id} id={q.id} className="scroll-mt-16 rounded border border-line p-4" data-testid="quiz-question">
              <fieldset>
                <legend className="font-semibold">
                  <span className="text-sm text-muted">{fill(labels.question, { n: n + 1 })}</span>
                  <span className="mt-1 block text-lg">{q.question}</span>
                </legend>
                <OptionList
                  name={q.id}
                  options={q.options}
                  chosen={chosen}
                  disabled={!interactive}
                  onChoose={(i) => choose(q.id, i)}
                  className="mt-3 space-y-2"
                  labelClassName="flex cursor-pointer items-start gap-2 rounded border border-line px-3 py-2 has-[:checked]:border-accent"
                />
              </fieldset>
              <p className="mt-2 text-right">
                <CopyLink hash={q.id} context={fill(labels.question, { n: n + 1 })} labels={share} testId={`copy-question-${q.id}`} />
              </p>
              {interactive ? (
                <div aria-live="polite">
                  {answered ? (
                    <div className={`mt-3 rounded px-3 py-2 ${chosen === q.answer ? 'bg-ok' : 'bg-bad'}`} data-testid="quiz-feedback">
                      <p className={`font-bold ${chosen === q.answer ? 'text-ok-ink' : 'text-bad-ink'}`}>
                        {chosen === q.answer ? labels.correct : fill(labels.wrong, { answer: q.options[q.answer]! })}
                      </p>
                      <p className="mt-1">
                        <strong>{labels.why}:</strong> {q.explanation}
                      </p>
                      <p className="mt-1">
                        <a href={lessonHrefs[q.lesson]}>{labels.lesson}</a>
                      </p>
                    </div>
                  ) : null}
                </div>
              ) : (
                <details className="mt-3">
                  <summary className="cursor-pointer text-link">{labels.answer}</summary>
                  <p className="mt-1 font-semibold">{q.options[q.answer]}</p>
                  <p className="mt-1">{q.explanation}</p>
                  <p className="mt-1">
                    <a href={lessonHrefs[q.lesson]}>{labels.lesson}</a>
                  </p>
                </details>
              )}
            </li>
          );
        })}
      </ol>
      {interactive ? (
        <div className="mt-8 space-y-6">
          {pretestQuestions.length ? (
            <section aria-labelledby="before-after" className="rounded border border-line p-4" data-testid="pretest-compare">
              <h2 id="before-after" className="text-xl font-bold">
                {labels.pretestHeading}
              </h2>
              <p className="mt-1">{labels.pretestIntro}</p>
              <table className="mt-3 w-full text-left text-sm">
                <thead>
                  <tr>
                    <th className="py-1 pr-2"> </th>
                    <th className="py-1 pr-2">{labels.before}</th>
                    <th className="py-1">{labels.now}</th>
                  </tr>
                </thead>
                <tbody>
                  {pretestQuestions.map((q) => (
                    <tr key={q.id} className="border-t border-line align-top">
                      <th scope="row" className="py-1 pr-2 font-normal">{q.question}</th>
                      <td className="py-1 pr-2">{mark(q, pretest[q.id], labels)}</td>
                      <td className="py-1">{mark(q, answers[q.id], labels)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : null}
          <button type="button" onClick={retry} className="rounded bg-accent px-4 py-2 font-semibold text-accent-ink" data-testid="quiz-retry">
            {labels.retry}
          </button>
        </div>
      ) : null}
    </div>
  );
}

function mark(q: QuizQuestion, answer: number | undefined, labels: QuizLabels) {
  if (answer === undefined) return labels.notAnswered;
  return `${answer === q.answer ? '✓' : '✗'} ${q.options[answer]}`;
}
