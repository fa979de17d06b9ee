'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { markRead } from '@/lib/story/progress';
import { updateProgress } from './useProgress';

interface NavLink {
  href: string;
  label: string;
  title: string;
}

// Set when the visitor moves between steps inside the site, so the new step's heading gets
// focus (and is announced) only then, not on a fresh page load.
let arrivedByStepNav = false;

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/**
 * Previous/next for a story step, ← → keys (not while typing in a field), focus to the new
 * step's heading after moving, an announcement for screen readers, and marking the step read.
 */
export function StepNavigation({
  slug,
  prev,
  next,
  headingId,
  announcement,
}: {
  slug: string;
  prev: NavLink | null;
  next: NavLink | null;
  headingId: string;
  announcement: string;
}) {
  const router = useRouter();
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    updateProgress((p) => markRead(p, slug));
    if (arrivedByStepNav) {
      arrivedByStepNav = false;
      document.getElementById(headingId)?.focus();
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setAnnounced(announcement);
    }
  }, [slug, headingId, announcement]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isTyping(event.target)) return;
      const target = event.key === 'ArrowRight' ? next : event.key === 'ArrowLeft' ? prev : null;
      if (!target) return;
      event.preventDefault();
      arrivedByStepNav = true;
      router.push(target.href);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [prev, next, router]);

  const link = (l: NavLink | null, dir: 'prev' | 'next') =>
    l ? (
      <Link
        href={l.href}
        rel={dir}
        onClick={() => {
          arrivedByStepNav = true;
        }}
        className={`flex flex-col rounded border border-line px-4 py-3 no-underline hover:bg-panel ${dir === 'next' ? 'items-end text-right sm:col-start-2' : ''}`}
        data-testid={`step-${dir}`}
      >
        <span className="text-sm text-muted">{l.label}</span>
        <span className="font-semibold text-link">{l.title}</span>
      </Link>
    ) : null;

  return (
    <nav aria-label={announcement} className="mt-10 grid gap-3 sm:grid-cols-2">
      {link(prev, 'prev')}
      {link(next, 'next')}
      <p aria-live="polite" className="sr-only" data-testid="step-announcer">
        {announced}
      </p>
    </nav>
  );
}
