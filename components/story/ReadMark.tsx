'use client';

import { useProgress } from './useProgress';

/**
 * A tick and a screen-reader "read" once this browser has read the step, drawn here rather than passed
 * in, so the page's payload does not carry 11 copies of the icon. Nothing on the server or without
 * JavaScript: reading progress lives only in localStorage.
 */
export function ReadMark({ slug, label }: { slug: string; label: string }) {
  const { read } = useProgress();
  if (!read.includes(slug)) return null;
  return (
    <span className="inline-flex pt-0.5 text-ok-ink" data-read={slug}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M3 8.5l3.2 3.2L13 4.8" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="sr-only">{label}</span>
    </span>
  );
}
