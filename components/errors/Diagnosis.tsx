'use client';

import { useState } from 'react';
import { rankCauses } from '@/lib/errors/rank';

export interface DiagnosisCauseView {
  id: string;
  text: string;
  next: string;
  sources: { id: string; title: string; url: string }[];
  weights: { source: Partial<Record<string, number>>; change: Partial<Record<string, number>> };
}

type Labels = { sourceLabel: string; changeLabel: string; result: string; next: string };

/** "Why did I get this?": two answers in, the likely causes out, most likely first. */
export function Diagnosis({ causes, sources, changes, labels }: { causes: DiagnosisCauseView[]; sources: [string, string][]; changes: [string, string][]; labels: Labels }) {
  const [source, setSource] = useState<string | null>(null);
  const [change, setChange] = useState<string | null>(null);
  const ranked = source && change ? rankCauses(causes, source, change) : [];

  const group = (name: string, legend: string, options: [string, string][], value: string | null, set: (v: string) => void) => (
    <fieldset className="mt-3">
      <legend className="font-semibold">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map(([id, label]) => (
          <label key={id} className="cursor-pointer rounded border border-line bg-page px-3 py-1 text-sm has-[:checked]:border-accent has-[:checked]:font-semibold">
            <input type="radio" name={name} value={id} checked={value === id} onChange={() => set(id)} className="mr-1" data-testid={`${name}-${id}`} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );

  return (
    <div className="no-print">
      {group('key-source', labels.sourceLabel, sources, source, setSource)}
      {group('recent-change', labels.changeLabel, changes, change, setChange)}
      <div aria-live="polite" className="mt-4">
        {ranked.length ? (
          <>
            <h3 className="font-bold">{labels.result}</h3>
            <ol className="mt-2 space-y-3" data-testid="diagnosis-result">
              {ranked.map((c) => (
                <li key={c.id} data-cause={c.id} className={`rounded border px-3 py-2 ${c.rank === 1 ? 'border-accent bg-note' : 'border-line'}`}>
                  <p className={c.rank === 1 ? 'font-semibold' : ''}>
                    {c.rank}. {c.text}
                  </p>
                  <p className="mt-1 text-sm">
                    <strong>{labels.next}:</strong> {c.next}
                  </p>
                  <p className="mt-1 text-xs text-muted">
                    {c.sources.map((s, i) => (
                      <span key={s.id}>
                        {i > 0 ? ' · ' : ''}
                        <a href={s.url} rel="noreferrer">
                          {s.title}
                        </a>
                      </span>
                    ))}
                  </p>
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </div>
  );
}
