'use client';

import { useEffect, useState } from 'react';

/**
 * Filters the fact-check list by verdict. The list itself is server-rendered and complete
 * without JS; this control appears once JS runs (its space is reserved, so nothing jumps).
 */
export function VerdictFilter({ verdicts, labels }: { verdicts: { id: string; label: string }[]; labels: { filter: string; all: string; showing: string } }) {
  const [ready, setReady] = useState(false);
  const [value, setValue] = useState('all');
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const items = document.querySelectorAll<HTMLElement>('[data-verdict]');
    let shown = 0;
    items.forEach((el) => {
      const visible = value === 'all' || el.dataset.verdict === value;
      el.hidden = !visible;
      if (visible) shown++;
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCount(shown);
  }, [value, ready]);

  return (
    <div className="no-print my-6 min-h-[4.5rem]">
      {ready ? (
        <fieldset>
          <legend className="mb-2 font-semibold">{labels.filter}</legend>
          <div className="flex flex-wrap gap-2">
            {[{ id: 'all', label: labels.all }, ...verdicts].map((v) => (
              <label key={v.id} className="cursor-pointer rounded border border-line px-3 py-1 text-sm has-[:checked]:bg-accent has-[:checked]:text-accent-ink">
                <input type="radio" name="verdict" value={v.id} checked={value === v.id} onChange={() => setValue(v.id)} className="sr-only" />
                {v.label}
              </label>
            ))}
          </div>
          <p role="status" className="mt-2 text-sm text-muted" data-testid="verdict-count">
            {count === null ? '' : labels.showing.replace('{n}', String(count))}
          </p>
        </fieldset>
      ) : null}
    </div>
  );
}
