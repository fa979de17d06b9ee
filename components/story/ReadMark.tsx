'use client';

import { useProgress } from './useProgress';

/**
 * Shows its children (a tick drawn on the server) and a screen-reader "read" once this browser
 * has read the step. Nothing on the server or without JavaScript: reading progress lives only in
 * localStorage.
 */
export function ReadMark({ slug, label, children }: { slug: string; label: string; children: React.ReactNode }) {
  const { read } = useProgress();
  if (!read.includes(slug)) return null;
  return (
    <span className="ml-1.5 inline-flex items-center text-ok-ink" data-read={slug}>
      {children}
      <span className="sr-only">{label}</span>
    </span>
  );
}
