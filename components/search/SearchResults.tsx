'use client';

import { useEffect, useState } from 'react';
import { cleanQuery } from '@/lib/search/query';
import { basePath } from '@/lib/site';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface Result {
  url: string;
  meta: { title?: string };
  excerpt: string;
  sub_results?: SubResult[];
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string) => Promise<{ results: { id: string; data: () => Promise<Result> }[] }>;
}

type Labels = Record<'loading' | 'unavailable' | 'results' | 'none' | 'tooLong' | 'empty' | 'noJs', string>;

let loaded: Promise<Pagefind | null> | null = null;
function loadPagefind(): Promise<Pagefind | null> {
  loaded ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${basePath}/pagefind/pagefind.js`)
    .then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: `${basePath}/`, excerptLength: 24 });
      return pf;
    })
    .catch(() => null);
  return loaded;
}

/**
 * Runs Pagefind in the browser over the query in `?q=`; Pagefind picks the index of this page's
 * language, so results are in the language being read. Nothing typed leaves the browser.
 */
export function SearchResults({ labels }: { labels: Labels }) {
  const [state, setState] = useState<
    | { kind: 'nojs' }
    | { kind: 'empty' }
    | { kind: 'loading'; q: string }
    | { kind: 'unavailable' }
    | { kind: 'done'; q: string; truncated: boolean; results: Result[] }
  >({ kind: 'nojs' });

  useEffect(() => {
    const { query, truncated } = cleanQuery(new URLSearchParams(window.location.search).get('q'));
    const input = document.getElementById('site-search') as HTMLInputElement | null;
    if (input) input.value = query;
    if (!query) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setState({ kind: 'empty' });
      return;
    }
    setState({ kind: 'loading', q: query });
    let cancelled = false;
    loadPagefind().then(async (pf) => {
      if (cancelled) return;
      if (!pf) return setState({ kind: 'unavailable' });
      const found = await pf.search(query);
      const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      if (!cancelled) setState({ kind: 'done', q: query, truncated, results });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  if (state.kind === 'nojs') return <p>{labels.noJs}</p>;
  if (state.kind === 'empty') return <p role="status">{labels.empty}</p>;
  if (state.kind === 'loading') return <p role="status">{labels.loading}</p>;
  if (state.kind === 'unavailable') return <p role="status">{labels.unavailable}</p>;
  const { q, results, truncated } = state;
  return (
    <div>
      {truncated ? <p className="mb-2 text-sm text-muted">{labels.tooLong}</p> : null}
      <p role="status" className="mb-4 font-semibold" data-testid="search-status">
        {(results.length ? labels.results : labels.none).replace('{q}', q).replace('{n}', String(results.length))}
      </p>
      <ol className="space-y-5" data-testid="search-results">
        {results.map((r) => (
          <li key={r.url}>
            <a href={r.url} className="text-lg font-semibold" data-testid="search-result">
              {r.meta.title ?? r.url}
            </a>
            <p className="mt-1 text-sm [&_mark]:bg-warn [&_mark]:text-ink" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
            {r.sub_results && r.sub_results.length > 1 ? (
              <ul className="mt-1 list-disc pl-6 text-sm">
                {r.sub_results.slice(0, 3).map((s) => (
                  <li key={s.url}>
                    <a href={s.url}>{s.title}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
