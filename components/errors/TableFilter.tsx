'use client';

import { useEffect, useId, useState } from 'react';

/** Filters the rows of a server-rendered table as you type (rows carry data-filter-text). */
export function TableFilter({ target, labels }: { target: string; labels: { label: string; placeholder: string; showing: string } }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<number | null>(null);

  useEffect(() => {
    const q = query.normalize('NFKC').trim().toLowerCase();
    const rows = document.querySelectorAll<HTMLElement>(`#${target} [data-filter-text]`);
    let n = 0;
    rows.forEach((row) => {
      const match = !q || (row.dataset.filterText ?? '').includes(q);
      row.hidden = !match;
      if (match) n++;
    });
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(query ? n : null);
  }, [query, target]);

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
        onChange={(e) => setQuery(e.target.value)}
        className="mt-1 w-full max-w-sm rounded border border-line bg-page px-3 py-1.5 placeholder:text-muted"
        data-testid="table-filter"
      />
      <p role="status" className="mt-1 text-sm text-muted">
        {shown === null ? '' : labels.showing.replace('{n}', String(shown))}
      </p>
    </div>
  );
}
