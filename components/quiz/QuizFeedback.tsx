import type { QuizQuestion } from '@/lib/quiz/quiz';

export type FeedbackLabels = Record<'correct' | 'wrong' | 'rightAnswer' | 'why' | 'lesson' | 'firstCounts', string>;

/** Feedback on the first (scored) answer to a question; a later change only adds a note. */
export function QuizFeedback({ question: q, first, current, lessonHref, labels }: { question: QuizQuestion; first: number; current: number | undefined; lessonHref: string | undefined; labels: FeedbackLabels }) {
  const right = first === q.answer;
  return (
    <div className={`mt-3 rounded px-3 py-2 ${right ? 'bg-ok' : 'bg-bad'}`} data-testid="quiz-feedback" data-first={first} data-right={right ? 'yes' : 'no'}>
      <p className={`font-bold ${right ? 'text-ok-ink' : 'text-bad-ink'}`}>{right ? labels.correct : labels.wrong}</p>
      {right ? null : (
        <p className="mt-1" data-testid="quiz-right-answer">
          <strong>{labels.rightAnswer}:</strong> {q.options[q.answer]}
        </p>
      )}
      <p className="mt-1">
        <strong>{labels.why}:</strong> {q.explanation}
      </p>
      {lessonHref ? (
        <p>
          <a href={lessonHref} className="inline-block py-2.5">
            {labels.lesson}
          </a>
        </p>
      ) : null}
      {current !== undefined && current !== first ? (
        <p className="mt-2 text-sm" data-testid="quiz-first-counts">
          {labels.firstCounts}
        </p>
      ) : null}
    </div>
  );
}
