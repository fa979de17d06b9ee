'use client';

import { useEffect } from 'react';
import { isTyping } from '@/components/hooks/isTyping';
import { markRead } from '@/lib/story/progress';
import { updateProgress, useProgress } from './useProgress';

// Set (for this tab only) when the visitor moves between steps with the pager's links or keys, so
// the new step's heading gets focus and is announced only then, not when a page is opened afresh.
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

const pagerLink = (rel: 'prev' | 'next') => document.querySelector<HTMLAnchorElement>(`[data-testid="step-pager"] a[rel="${rel}"]`);

/**
 * The story step's behaviour, rendered as nothing (the pager's links, the live region and the step
 * nav are server-rendered, so the page's payload carries no second copy of them): marks the step
 * read, ← → follow the pager's links (not while typing in a field), after moving that way the new
 * step's heading (#step-title) gets focus and the live region (#step-announcer) reads
 * `announcement`, and the read steps are ticked in the step nav. DOM attributes only, no state.
 */
export function StepNavigation({ slug, announcement }: { slug: string; announcement: string }) {
  useEffect(() => {
    updateProgress((p) => markRead(p, slug));
    if (takeArrival()) {
      document.getElementById('step-title')?.focus();
      const announcer = document.getElementById('step-announcer');
      if (announcer) announcer.textContent = announcement;
    }
  }, [slug, announcement]);

  // Ticks the read steps in the server-rendered step nav: an attribute per read item, drawn by
  // StepNav.module.css, and the nav's one hidden "read" label as its description.
  const { read } = useProgress();
  useEffect(() => {
    const label = document.querySelector('[data-read-label]')?.id;
    document.querySelectorAll<HTMLAnchorElement>('[data-testid="step-nav"] li > a').forEach((a) => {
      const step = a.pathname.split('/').filter(Boolean).pop() ?? '';
      if (read.includes(step)) {
        a.parentElement?.setAttribute('data-read', step);
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
      const link = event.key === 'ArrowRight' ? pagerLink('next') : event.key === 'ArrowLeft' ? pagerLink('prev') : null;
      if (!link) return;
      event.preventDefault();
      link.click();
    }
    // Keys and clicks take the same path: a click on either pager link (the keys click them too).
    function onClick(event: MouseEvent) {
      if (event.target instanceof Element && event.target.closest('[data-testid="step-pager"] a[rel]')) markArrival();
    }
    window.addEventListener('keydown', onKey);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
    };
  }, []);

  return null;
}
