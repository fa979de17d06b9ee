'use client';

import { useEffect, useState } from 'react';
import { useHydrated } from '@/components/hooks/useHydrated';
import { useQueryParam } from '@/components/hooks/useQueryParam';
import type { CodeIndex } from '@/lib/errors/code-parse';
import { codeInQuery } from '@/lib/search/direct-answer';
import { tidyExcerpt, tidyHeading } from '@/lib/search/excerpt';
import { cleanQuery } from '@/lib/search/query';
import { fill } from '@/lib/text/fill';
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

export type SearchLabels = Record<
  'loading' | 'unavailable' | 'results' | 'resultsOne' | 'none' | 'tooLong' | 'empty' | 'noJs' | 'directAnswer' | 'directAnswerLabel',
  string
>;

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

type Found = { q: string; results: Result[] } | { q: string; unavailable: true };

/**
 * Runs Pagefind in the browser over the query in `?q=`; Pagefind picks the index of this page's
 * language, so results are in the language being read. When the query holds a known error code
 * in any spelling, that code's page comes first, as a direct answer. Nothing typed leaves the browser.
 */
export function SearchResults({ labels, locale, codes }: { labels: SearchLabels; locale: string; codes: { index: CodeIndex; titles: Record<string, string> } }) {
  const hydrated = useHydrated();
  const [raw] = useQueryParam('q');
  const { query, truncated } = cleanQuery(raw);
  const [found, setFound] = useState<Found | null>(null);

  useEffect(() => {
    if (!query) return;
    let cancelled = false;
    loadPagefind().then(async (pf) => {
      if (cancelled) return;
      if (!pf) return setFound({ q: query, unavailable: true });
      const search = await pf.search(query);
      const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      if (!cancelled) setFound({ q: query, results });
    });
    return () => {
      cancelled = true;
    };
  }, [query]);

  if (!hydrated) return <p>{labels.noJs}</p>;
  if (!query) return <p role="status">{labels.empty}</p>;
  const code = codeInQuery(codes.index, query);
  const codeHref = code ? `${basePath}/${locale}/errors/${code.slug}/` : null;
  const direct =
    code && codeHref ? (
      <section aria-label={labels.directAnswerLabel} className="mb-6 rounded-card border-l-4 border-accent bg-accent-soft p-4" data-testid="direct-answer">
        <a href={codeHref} className="text-lg font-bold" data-testid="search-result">
          {fill(labels.directAnswer, { code: code.hex })}
        </a>
        {codes.titles[code.hex] ? <p className="mt-1 text-small">{codes.titles[code.hex]}</p> : null}
      </section>
    ) : null;
  if (!found || found.q !== query) {
    return (
      <div>
        {direct}
        <p role="status">{labels.loading}</p>
      </div>
    );
  }
  if ('unavailable' in found) {
    return (
      <div>
        {direct}
        <p role="status">{labels.unavailable}</p>
      </div>
    );
  }
  const results = found.results.filter((r) => !codeHref || new URL(r.url, 'http://x').pathname !== codeHref);
  const count = results.length + (direct ? 1 : 0);
  const status = count === 0 ? labels.none : count === 1 ? labels.resultsOne : labels.results;
  return (
    <div>
      {truncated ? <p className="mb-2 text-small text-muted">{labels.tooLong}</p> : null}
      <p role="status" className="mb-4 font-semibold" data-testid="search-status">
        {fill(status, { q: query, n: count })}
      </p>
      {direct}
      <ol className="space-y-5" data-testid="search-results">
        {results.map((r) => {
          const title = r.meta.title ?? r.url;
          const subs = (r.sub_results ?? []).map((s) => ({ ...s, title: tidyHeading(s.title) })).filter((s) => s.title && s.title !== title);
          return (
            <li key={r.url}>
              <a href={r.url} className="text-lg font-semibold" data-testid="search-result">
                {title}
              </a>
              <p className="mt-1 text-small [&_mark]:bg-mark [&_mark]:text-ink" dangerouslySetInnerHTML={{ __html: tidyExcerpt(r.excerpt, locale) }} />
              {subs.length > 0 ? (
                <ul className="mt-1 list-disc pl-6 text-small">
                  {subs.slice(0, 3).map((s) => (
                    <li key={s.url}>
                      <a href={s.url}>{s.title}</a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
