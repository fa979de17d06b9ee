'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/hooks/useHydrated';
import { fill } from '@/lib/text/fill';

/** Shows only the fact-check items with the chosen verdict; returns how many are shown. */
function applyFilter(value: string): number {
  let shown = 0;
  document.querySelectorAll<HTMLElement>('[data-verdict]').forEach((el) => {
    const visible = value === 'all' || el.dataset.verdict === value;
    el.hidden = !visible;
    if (visible) shown++;
  });
  return shown;
}

/**
 * Filters the fact-check list by verdict. The list itself is server-rendered and complete
 * without JS; this control appears once JS runs (its space is reserved, so nothing jumps).
 */
export function VerdictFilter({ verdicts, labels }: { verdicts: { id: string; label: string }[]; labels: { filter: string; all: string; showing: string } }) {
  const ready = useHydrated();
  const [value, setValue] = useState('all');
  const [count, setCount] = useState<number | null>(null);

  const choose = (id: string) => {
    setValue(id);
    setCount(applyFilter(id));
  };

  return (
    <div className="no-print my-6 min-h-[4.5rem]">
      {ready ? (
        <fieldset>
          <legend className="mb-2 font-semibold">{labels.filter}</legend>
          <div className="flex flex-wrap gap-2">
            {[{ id: 'all', label: labels.all }, ...verdicts].map((v) => (
              <label key={v.id} className="cursor-pointer rounded border border-line px-3 py-1 text-sm has-[:checked]:bg-accent has-[:checked]:text-accent-ink">
                <input type="radio" name="verdict" value={v.id} checked={value === v.id} onChange={() => choose(v.id)} className="sr-only" />
                {v.label}
              </label>
            ))}
          </div>
          <p role="status" className="mt-2 text-sm text-muted" data-testid="verdict-count">
            {count === null ? '' : fill(labels.showing, { n: String(count) })}
          </p>
        </fieldset>
      ) : null}
    </div>
  );
}
