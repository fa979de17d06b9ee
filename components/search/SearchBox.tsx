'use client';

import { useQueryParam } from '@/components/hooks/useQueryParam';
import { cleanQuery } from '@/lib/search/query';

/**
 * The search page's own search box: a GET form to this page, so every search is a link
 * (`?q=…`) that can be shared. It shows the query from the address bar once the page runs.
 */
export function SearchBox({ action, labels }: { action: string; labels: { box: string; form: string; submit: string; placeholder: string } }) {
  const [raw] = useQueryParam('q');
  const value = cleanQuery(raw).query;
  return (
    <form role="search" aria-label={labels.form} action={action} method="get" className="mb-6 flex max-w-xl gap-2">
      <label htmlFor="search-page-q" className="sr-only">
        {labels.box}
      </label>
      <input
        key={value}
        id="search-page-q"
        name="q"
        type="search"
        defaultValue={value}
        placeholder={labels.placeholder}
        maxLength={100}
        className="min-h-11 w-full min-w-0 rounded-control border-2 border-line-strong bg-page px-3 text-base"
        data-testid="search-page-input"
      />
      <button type="submit" className="min-h-11 shrink-0 rounded-control bg-accent px-4 font-bold text-accent-ink hover:bg-accent-strong">
        {labels.submit}
      </button>
    </form>
  );
}
