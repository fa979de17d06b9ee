'use client';

import { useId, useState } from 'react';
import { fill } from '@/lib/text/fill';

/** Hides the rows (carrying data-filter-text) of a server-rendered table that do not match; returns how many match. */
function applyFilter(target: string, query: string): number {
  const q = query.normalize('NFKC').trim().toLowerCase();
  let n = 0;
  document.querySelectorAll<HTMLElement>(`#${target} [data-filter-text]`).forEach((row) => {
    const match = !q || (row.dataset.filterText ?? '').includes(q);
    row.hidden = !match;
    if (match) n++;
  });
  return n;
}

/** Filters the rows of a server-rendered table as you type. */
export function TableFilter({ target, labels }: { target: string; labels: { label: string; placeholder: string; showing: string } }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<number | null>(null);

  return (
    <div className="no-print my-4">
      <label htmlFor={id} className="block text-sm font-semibold">
        {labels.label}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        maxLength={100}
        placeholder={labels.placeholder}
        onChange={(e) => {
          const next = e.target.value;
          setQuery(next);
          const n = applyFilter(target, next);
          setShown(next ? n : null);
        }}
        className="mt-1 w-full max-w-sm rounded border border-line bg-page px-3 py-1.5 placeholder:text-muted"
        data-testid="table-filter"
      />
      <p role="status" className="mt-1 text-sm text-muted">
        {shown === null ? '' : fill(labels.showing, { n: shown })}
      </p>
    </div>
  );
}
