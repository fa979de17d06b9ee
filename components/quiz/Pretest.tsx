'use client';

import { useCallback, useState } from 'react';
import { useStoredJson } from '@/components/hooks/useStoredJson';
import { parseAnswers, pretestStorageKey, type Answers, type AskedQuestion } from '@/lib/quiz/quiz';
import { OptionList } from './OptionList';

const noAnswers: Answers = Object.freeze({}) as Answers;

/**
 * "Before you start" questions, on the students' own page: answers are recorded in this browser
 * but never marked here (the page is given no answers at all); the quiz compares them later.
 */
export function Pretest({ questions, labels }: { questions: AskedQuestion[]; labels: { saved: string; clear: string; cleared: string } }) {
  const parse = useCallback((raw: string | null) => parseAnswers(raw, questions), [questions]);
  const [answers, setAnswers] = useStoredJson(pretestStorageKey, parse, noAnswers);
  const [status, setStatus] = useState('');

  return (
    <div className="not-prose mt-6" data-testid="pretest">
      <ol className="space-y-5">
        {questions.map((q) => (
          <li key={q.id} className="rounded border border-line p-4">
            <fieldset>
              <legend className="font-semibold">{q.question}</legend>
              <OptionList
                name={`pre-${q.id}`}
                options={q.options}
                chosen={answers[q.id]}
                onChoose={(i) => {
                  setAnswers({ ...answers, [q.id]: i });
                  setStatus(labels.saved);
                }}
                className="mt-3 space-y-2"
                labelClassName="flex min-h-11 cursor-pointer items-start gap-2 rounded border border-line px-3 py-2 has-[:checked]:border-accent"
              />
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="needs-js min-h-11 rounded border border-line-strong px-3 py-2 text-sm"
          onClick={() => {
            setAnswers(null);
            setStatus(labels.cleared);
          }}
        >
          {labels.clear}
        </button>
        <p role="status" className="text-sm text-muted">
          {status}
        </p>
      </div>
    </div>
  );
}
