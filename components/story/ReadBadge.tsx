'use client';

import { useProgress } from './useProgress';

/** "Read" mark on the story overview, from this browser's progress. */
export function ReadBadge({ slug, label }: { slug: string; label: string }) {
  const { read } = useProgress();
  if (!read.includes(slug)) return null;
  return (
    <span className="ml-2 inline-flex items-center gap-1 rounded bg-ok px-2 py-0.5 text-xs font-semibold text-ok-ink" data-testid={`read-${slug}`}>
      <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
        <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {label}
    </span>
  );
}
