'use client';

import { useState } from 'react';
import { move, type Slide } from '@/lib/classroom/deck';
import { fill } from '@/lib/text/fill';
import { SlideView } from './SlideView';
import { useDeckKeys } from './useDeckKeys';
import { useDeckSync } from './useDeckSync';
import { useNow } from './useNow';

type Labels = Record<'title' | 'stepOf' | 'currentSlide' | 'nextSlide' | 'notesHeading' | 'noNotes' | 'last' | 'timer' | 'clock' | 'resetTimer' | 'sync' | 'controls' | 'prev' | 'next', string>;

function duration(ms: number) {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

// Hides the site's header and footer while this view is on the page (a CSS :has() rule that
// Tailwind writes into the site's stylesheet, so the CSP needs no inline style).
const chromeless = '[body:has(&)_#site-header]:hidden [body:has(&)_#site-footer]:hidden';

/**
 * The speaker view, like reveal.js's: the current slide, a preview of the next, the notes, the
 * elapsed time and the clock, slide n of N and labelled buttons, in step with the presenter
 * window both ways. Without JavaScript it lists every slide's notes (`children`).
 */
export function SpeakerNotes({ locale, slides, visuals, labels, children }: { locale: string; slides: Slide[]; visuals: Record<string, React.ReactNode>; labels: Labels; children: React.ReactNode }) {
  const total = slides.length;
  const { ready, step, go } = useDeckSync(locale, total, 'speaker');
  const now = useNow();
  const [started, setStarted] = useState(() => Date.now());
  useDeckKeys(ready, (action) => {
    const next = move(step, action, total);
    if (next !== step) go(next);
  });

  const heading = <h1 className="text-lg font-bold">{labels.title}</h1>;
  if (!ready)
    return (
      <div className={chromeless}>
        {heading}
        {children}
      </div>
    );
  const current = slides[step - 1]!;
  const next = slides[step];
  const count = fill(labels.stepOf, { n: step, total });
  const button = 'min-h-11 rounded border border-line-strong px-4 py-2 font-semibold disabled:opacity-50';
  return (
    <div className={`${chromeless} fixed inset-0 z-50 overflow-auto bg-page p-4 text-ink`} data-testid="notes" data-step={step}>
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-line pb-3">
        {heading}
        <p className="font-semibold" data-testid="notes-count" aria-live="polite">
          {count}
        </p>
        <p>
          <span className="text-sm text-muted">{labels.timer} </span>
          <span className="font-mono text-2xl" data-testid="timer">
            {duration(now ? now - started : 0)}
          </span>
        </p>
        <button type="button" className="min-h-11 rounded border border-line-strong px-3 py-1 text-sm" onClick={() => setStarted(Date.now())}>
          {labels.resetTimer}
        </button>
        <p>
          <span className="text-sm text-muted">{labels.clock} </span>
          <time className="font-mono text-2xl" data-testid="clock">
            {now ? new Date(now).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' }) : ''}
          </time>
        </p>
        <p className="text-sm text-muted">{labels.sync}</p>
      </header>
      {/* Notes first for phones; on a laptop the current slide is on the left, the next slide and the notes on the right. */}
      <div className="mt-4 grid gap-6 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="notes-heading" className="min-w-0 lg:col-start-2 lg:row-start-2">
          <h2 id="notes-heading" className="text-sm font-semibold text-muted">
            {labels.notesHeading}
          </h2>
          <p className="sr-only" data-testid="notes-title">
            {current.title}
          </p>
          <p className="mt-1 text-2xl leading-relaxed" data-testid="notes-text">
            {current.notes || labels.noNotes}
          </p>
        </section>
        <section aria-labelledby="current-slide" className="min-w-0 rounded border-2 border-accent p-3 lg:col-start-1 lg:row-span-2 lg:row-start-1">
          <h2 id="current-slide" className="text-sm font-semibold text-muted">
            {labels.currentSlide}
          </h2>
          <SlideView slide={current} count={count} visual={visuals[current.id]} variant="preview" titleAs="p" testIds={false} />
        </section>
        <section aria-labelledby="next-slide" className="min-w-0 rounded border border-line p-3 lg:col-start-2 lg:row-start-1" data-testid="notes-next-slide">
          <h2 id="next-slide" className="text-sm font-semibold text-muted">
            {labels.nextSlide}
          </h2>
          {next ? <SlideView slide={next} count={fill(labels.stepOf, { n: step + 1, total })} variant="preview" titleAs="p" testIds={false} /> : <p>{labels.last}</p>}
        </section>
      </div>
      <nav aria-label={labels.controls} className="mt-6 flex gap-3">
        <button type="button" className={button} onClick={() => go(move(step, 'prev', total))} disabled={step === 1} data-testid="notes-prev">
          <span aria-hidden="true">← </span>
          {labels.prev}
        </button>
        <button type="button" className={button} onClick={() => go(move(step, 'next', total))} disabled={step === total} data-testid="notes-next">
          {labels.next}
          <span aria-hidden="true"> →</span>
        </button>
      </nav>
    </div>
  );
}
