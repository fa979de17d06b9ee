'use client';

import { useProgress } from './useProgress';

/** "Read" mark on the story overview, from this browser's progress. */
export function ReadBadge({ slug, label }: { slug: string; label: string }) {
  const { read } = useProgress();
  if (!read.includes(slug)) return null;
  return (
    <span className="ml-2 rounded bg-ok px-2 py-0.5 text-xs font-semibold text-ok-ink" data-testid={`read-${slug}`}>
      ✓ {label}
    </span>
  );
}
