'use client';

import Link from '@/components/content/Link';
import { useEffect, useRef } from 'react';
import { isTyping } from '@/components/hooks/isTyping';
import { markRead } from '@/lib/story/progress';
import { updateProgress, useProgress } from './useProgress';

interface NavLink {
  href: string;
  label: string;
  title: string;
}

// Set (for this tab only) when the visitor moves between steps with these links or keys, so the
// new step's heading gets focus and is announced only then, not when a page is opened afresh.
const arrivedKey = 'story-step-nav';

function markArrival() {
  try {
    sessionStorage.setItem(arrivedKey, '1');
  } catch {
    // Storage can be off; then the new step simply loads without moving focus.
  }
}

function takeArrival(): boolean {
  try {
    const arrived = sessionStorage.getItem(arrivedKey) === '1';
    sessionStorage.removeItem(arrivedKey);
    return arrived;
  } catch {
    return false;
  }
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
  label,
  announcement,
}: {
  slug: string;
  prev: NavLink | null;
  next: NavLink | null;
  headingId: string;
  /** The landmark's name, e.g. "Previous and next step". */
  label: string;
  /** Read out after moving here with these links or keys, e.g. "Step 3: …". */
  announcement: string;
}) {
  // ← and → follow the links themselves, so keys and clicks take the same path.
  const links = useRef<Record<'prev' | 'next', HTMLAnchorElement | null>>({ prev: null, next: null });
  // The live region's text is written once, after arriving by these links: React renders it empty
  // and never touches its contents, so no state is set in an effect.
  const announcer = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    updateProgress((p) => markRead(p, slug));
    if (takeArrival()) {
      document.getElementById(headingId)?.focus();
      if (announcer.current) announcer.current.textContent = announcement;
    }
  }, [slug, headingId, announcement]);

  // Ticks the read steps in the server-rendered step nav (one island instead of one per step keeps
  // the page's payload small): an attribute per read item, drawn by StepNav.module.css, and the
  // nav's one hidden "read" label as its description. DOM attributes only, no state.
  const { read } = useProgress();
  useEffect(() => {
    const label = document.querySelector('[data-read-label]')?.id;
    document.querySelectorAll<HTMLAnchorElement>('[data-testid="step-nav"] li > a').forEach((a) => {
      const slug = a.pathname.split('/').filter(Boolean).pop() ?? '';
      if (read.includes(slug)) {
        a.parentElement?.setAttribute('data-read', slug);
        if (label) a.setAttribute('aria-describedby', label);
      } else {
        a.parentElement?.removeAttribute('data-read');
        a.removeAttribute('aria-describedby');
      }
    });
  }, [read]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (isTyping(event.target)) return;
      const link = event.key === 'ArrowRight' ? links.current.next : event.key === 'ArrowLeft' ? links.current.prev : null;
      if (!link) return;
      event.preventDefault();
      link.click();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const link = (l: NavLink | null, dir: 'prev' | 'next') =>
    l ? (
      <Link
        href={l.href}
        rel={dir}
        ref={(el) => {
          links.current[dir] = el;
        }}
        onClick={markArrival}
        className={`flex flex-col rounded border border-line px-4 py-3 no-underline hover:bg-panel ${dir === 'next' ? 'items-end text-right sm:col-start-2' : ''}`}
        data-testid={`step-${dir}`}
      >
        <span className="text-sm text-muted">{l.label}</span>
        <span className="font-semibold text-link">{l.title}</span>
      </Link>
    ) : null;

  return (
    <nav aria-label={label} className="no-print mt-8 grid gap-3 sm:grid-cols-2" data-testid="step-pager">
      {link(prev, 'prev')}
      {link(next, 'next')}
      <p ref={announcer} aria-live="polite" className="sr-only" data-testid="step-announcer" />
    </nav>
  );
}
