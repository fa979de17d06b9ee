'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { channelName, keyAction, move, parseMessage, parseStep } from '@/lib/classroom/deck';

export interface NoteItem {
  step: number;
  title: string;
  notes: string;
}

type Labels = Record<'current' | 'next' | 'last' | 'timer' | 'resetTimer' | 'sync' | 'stepOf', string>;

function clock(seconds: number) {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** The speaker-notes window: notes for the current step, the next step's title and a timer, in sync with the presenter. */
export function SpeakerNotes({ locale, items, labels, children }: { locale: string; items: NoteItem[]; labels: Labels; children: React.ReactNode }) {
  const total = items.length;
  const [step, setStep] = useState(1);
  const [ready, setReady] = useState(false);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);
  const stepRef = useRef(1);

  const go = useCallback((next: number, broadcast: boolean) => {
    stepRef.current = next;
    setStep(next);
    const url = new URL(window.location.href);
    url.searchParams.set('step', String(next));
    window.history.replaceState(null, '', url);
    if (broadcast) channel.current?.postMessage({ type: 'goto', step: next });
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
    go(parseStep(new URLSearchParams(window.location.search).get('step'), total).step, false);
    if ('BroadcastChannel' in window) {
      channel.current = new BroadcastChannel(channelName(locale));
      channel.current.onmessage = (event) => {
        const msg = parseMessage(event.data, total);
        if (msg?.type === 'goto' && msg.step !== stepRef.current) go(msg.step, false);
      };
      channel.current.postMessage({ type: 'hello', step: stepRef.current });
    }
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keyAction(event.key);
      if (action === 'next' || action === 'prev' || action === 'first' || action === 'last') {
        event.preventDefault();
        go(move(stepRef.current, action, total), true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('keydown', onKey);
      channel.current?.close();
    };
  }, [locale, total, go]);

  if (!ready) return <>{children}</>;
  const current = items[step - 1]!;
  const next = items[step];
  return (
    <div className="space-y-6" data-testid="notes" data-step={step}>
      <p className="text-sm text-muted">{labels.sync}</p>
      <section aria-live="polite">
        <p className="text-sm font-semibold text-muted">
          {labels.current} · {labels.stepOf.replace('{n}', String(step)).replace('{total}', String(total))}
        </p>
        <h2 className="text-2xl font-bold" data-testid="notes-title">
          {current.title}
        </h2>
        <p className="mt-3 text-xl leading-relaxed" data-testid="notes-text">
          {current.notes}
        </p>
      </section>
      <section className="rounded border border-line p-3">
        <p className="text-sm font-semibold text-muted">{labels.next}</p>
        <p className="text-lg">{next ? next.title : labels.last}</p>
      </section>
      <section className="flex items-center gap-4">
        <p className="font-mono text-3xl" aria-label={labels.timer} data-testid="timer">
          {clock(Math.max(0, Math.floor((now - started) / 1000)))}
        </p>
        <button type="button" className="rounded border border-line px-3 py-1" onClick={() => setStarted(Date.now())}>
          {labels.resetTimer}
        </button>
      </section>
      <nav className="flex gap-2">
        <button type="button" className="rounded border border-line px-3 py-1" onClick={() => go(move(step, 'prev', total), true)} data-testid="notes-prev">
          ←
        </button>
        <button type="button" className="rounded border border-line px-3 py-1" onClick={() => go(move(step, 'next', total), true)} data-testid="notes-next">
          →
        </button>
      </nav>
    </div>
  );
}
