'use client';

import { useEffect, useState } from 'react';
import { parseAnswers, pretestStorageKey, type Answers, type QuizQuestion } from '@/lib/quiz/quiz';
import { HeadingAnchor } from '@/components/content/HeadingAnchor';
import { OptionList } from './OptionList';

/** "Before you start" questions: answers are recorded (in this browser) but not marked until the quiz. */
export function Pretest({ questions, labels }: { questions: QuizQuestion[]; labels: { heading: string; anchor: string; intro: string; saved: string; clear: string } }) {
  const [answers, setAnswers] = useState<Answers>({});
  const [status, setStatus] = useState('');

  useEffect(() => {
    try {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setAnswers(parseAnswers(localStorage.getItem(pretestStorageKey), questions));
    } catch {
      // ignore blocked storage
    }
  }, [questions]);

  function store(next: Answers) {
    setAnswers(next);
    try {
      localStorage.setItem(pretestStorageKey, JSON.stringify(next));
    } catch {
      // ignore
    }
  }

  return (
    <section aria-labelledby="pretest" className="not-prose mt-10 rounded-lg border border-line p-5" data-testid="pretest">
      <h2 id="pretest" className="scroll-mt-4 text-xl font-bold">
        {labels.heading}
        <HeadingAnchor id="pretest" label={labels.anchor} />
      </h2>
      <p className="mt-1">{labels.intro}</p>
      <ol className="mt-4 space-y-5">
        {questions.map((q) => (
          <li key={q.id}>
            <fieldset>
              <legend className="font-semibold">{q.question}</legend>
              <OptionList
                name={`pre-${q.id}`}
                options={q.options}
                chosen={answers[q.id]}
                onChoose={(i) => {
                  store({ ...answers, [q.id]: i });
                  setStatus(labels.saved);
                }}
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="mt-4 flex items-center gap-3">
        <button type="button" className="rounded border border-line px-3 py-1 text-sm" onClick={() => store({})}>
          {labels.clear}
        </button>
        <p role="status" className="text-sm text-muted">
          {status}
        </p>
      </div>
    </section>
  );
}
