import type { Answers, QuizQuestion } from '@/lib/quiz/quiz';

export type CompareLabels = Record<'pretestHeading' | 'pretestIntro' | 'before' | 'now' | 'notAnswered' | 'rightMark' | 'wrongMark', string>;

/** The "before and after" table: pretest answers beside the first answers of this attempt. */
export function QuizCompare({ questions, before, after, labels }: { questions: QuizQuestion[]; before: Answers; after: Answers; labels: CompareLabels }) {
  return (
    <section aria-labelledby="before-after" className="rounded border border-line p-4" data-testid="pretest-compare">
      <h2 id="before-after" className="text-xl font-bold">
        {labels.pretestHeading}
      </h2>
      <p className="mt-1">{labels.pretestIntro}</p>
      <div className="overflow-x-auto">
        <table className="mt-3 w-full text-left text-sm">
          <thead>
            <tr>
              <td className="py-1 pr-2" />
              <th scope="col" className="py-1 pr-2">
                {labels.before}
              </th>
              <th scope="col" className="py-1">
                {labels.now}
              </th>
            </tr>
          </thead>
          <tbody>
            {questions.map((q) => (
              <tr key={q.id} className="border-t border-line align-top">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {q.question}
                </th>
                <td className="py-1 pr-2">{mark(q, before[q.id], labels)}</td>
                <td className="py-1">{mark(q, after[q.id], labels)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function mark(q: QuizQuestion, answer: number | undefined, labels: CompareLabels) {
  if (answer === undefined) return labels.notAnswered;
  const right = answer === q.answer;
  return (
    <>
      <span aria-hidden="true">{right ? '✓' : '✗'} </span>
      <span className="sr-only">{right ? labels.rightMark : labels.wrongMark}: </span>
      {q.options[answer]}
    </>
  );
}
