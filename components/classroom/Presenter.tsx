'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { channelName, keyAction, move, parseMessage, parseStep } from '@/lib/classroom/deck';
import { publicUrl } from '@/lib/site';
import { fill } from '@/lib/text/fill';

export interface Slide {
  slug: string;
  step: number;
  title: string;
  summary: string;
  keyPoints: string[];
  question?: string;
}

type Labels = Record<'stepOf' | 'notes' | 'qr' | 'help' | 'close' | 'fullscreen' | 'corrected' | 'qrCaption' | 'keys' | 'prev' | 'next' | 'notesBlocked', string>;

/**
 * Presenter mode over the story steps. The server renders every slide as a list (`children`,
 * readable without JS) and the first slide on stage; CSS shows one or the other from the first
 * paint (the theme script marks pages that run JS with `.js`), so nothing moves at hydration.
 * Then the current slide fills the screen, the URL follows it (?step=N), and a BroadcastChannel
 * keeps the speaker-notes window on the same step, both ways.
 */
export function Presenter({ locale, slides, notesHref, keysHelp, labels, children }: { locale: string; slides: Slide[]; notesHref: string; keysHelp: [string, string][]; labels: Labels; children: React.ReactNode }) {
  const total = slides.length;
  const [step, setStep] = useState(1);
  const [ready, setReady] = useState(false);
  const [corrected, setCorrected] = useState(false);
  const [overlay, setOverlay] = useState<'none' | 'qr' | 'help'>('none');
  const [qrSvg, setQrSvg] = useState('');
  const [notesBlocked, setNotesBlocked] = useState(false);
  const channel = useRef<BroadcastChannel | null>(null);
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);

  const show = useCallback((next: number, { broadcast = true, history = 'push' as 'push' | 'replace' | 'none' } = {}) => {
    setStep(next);
    const previous = stepRef.current;
    stepRef.current = next;
    const url = new URL(window.location.href);
    url.searchParams.set('step', String(next));
    if (history === 'push' && next !== previous) window.history.pushState({ step: next }, '', url);
    if (history === 'replace') window.history.replaceState({ step: next }, '', url);
    if (broadcast) channel.current?.postMessage({ type: 'goto', step: next });
  }, []);

  useEffect(() => {
    const parsed = parseStep(new URLSearchParams(window.location.search).get('step'), total);
    /* eslint-disable react-hooks/set-state-in-effect */
    setReady(true);
    setCorrected(parsed.corrected);
    /* eslint-enable react-hooks/set-state-in-effect */
    show(parsed.step, { history: 'replace' });
    if ('BroadcastChannel' in window) {
      channel.current = new BroadcastChannel(channelName(locale));
      channel.current.onmessage = (event) => {
        const msg = parseMessage(event.data, total);
        if (!msg) return;
        if (msg.type === 'hello') channel.current?.postMessage({ type: 'goto', step: stepRef.current });
        else if (msg.step !== stepRef.current) show(msg.step, { broadcast: false });
      };
    }
    const onPop = () => show(parseStep(new URLSearchParams(window.location.search).get('step'), total).step, { history: 'none' });
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
      channel.current?.close();
    };
  }, [locale, total, show]);

  useEffect(() => {
    if (overlay !== 'qr') return;
    const slide = slides[step - 1]!;
    const url = publicUrl(`/${locale}/story/${slide.slug}/`, window.location.origin);
    let live = true;
    import('qrcode')
      .then((qr) => qr.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((svg) => live && setQrSvg(svg))
      .catch(() => live && setQrSvg(''));
    return () => {
      live = false;
    };
  }, [overlay, step, slides, locale]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const action = keyAction(event.key);
      if (!action) return;
      event.preventDefault();
      if (action === 'close') return setOverlay('none');
      if (action === 'help') return setOverlay((o) => (o === 'help' ? 'none' : 'help'));
      if (action === 'qr') return setOverlay((o) => (o === 'qr' ? 'none' : 'qr'));
      if (action === 'fullscreen') {
        if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
        else document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      if (action === 'notes') {
        const win = window.open(`${notesHref}?step=${stepRef.current}`, 'speaker-notes', 'width=720,height=640');
        setNotesBlocked(!win);
        return;
      }
      show(move(stepRef.current, action, total));
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [notesHref, show, total]);

  const slide = slides[step - 1]!;
  // Until hydration the list's own h1 is the page's heading; the stage's title becomes the h1 after.
  const Title = ready ? 'h1' : 'h2';
  const count = fill(labels.stepOf, { n: step, total });
  return (
    <div data-presenter={ready ? 'on' : 'off'} data-step={step}>
      {ready ? null : <div className="presenter-fallback">{children}</div>}
      <section
        aria-roledescription="slide"
        aria-label={count}
        className="presenter-stage fixed inset-0 z-40 flex flex-col overflow-auto bg-page px-[6vw] py-[5vh] text-ink"
        data-testid="slide"
      >
        <p className="text-[2.2vh] font-semibold text-muted" data-testid="slide-count">
          {count}
        </p>
        <Title className="mt-[2vh] text-[6vh] font-bold leading-tight" data-testid="slide-title">
          {slide.title}
        </Title>
        <p className="mt-[3vh] text-[3.4vh] leading-snug">{slide.summary}</p>
        <ul className="mt-[3vh] list-disc space-y-[1.2vh] pl-[3vw] text-[3vh]">
          {slide.keyPoints.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
        {slide.question ? <p className="mt-auto rounded bg-panel p-[2vh] text-[3vh] font-semibold">{slide.question}</p> : null}
        {corrected ? <p className="mt-2 text-sm text-muted">{labels.corrected}</p> : null}
        {notesBlocked ? <p className="mt-2 text-sm text-bad-ink">{labels.notesBlocked}</p> : null}
        <nav className="no-print mt-[3vh] flex flex-wrap items-center gap-3 text-sm" aria-label={labels.keys}>
          <button type="button" className="rounded border border-line px-3 py-1 disabled:opacity-50" onClick={() => show(move(step, 'prev', total))} disabled={step === 1}>
            ← {labels.prev}
          </button>
          <button type="button" className="rounded border border-line px-3 py-1 disabled:opacity-50" onClick={() => show(move(step, 'next', total))} disabled={step === total} data-testid="slide-next">
            {labels.next} →
          </button>
          <a href={`${notesHref}?step=${step}`} target="speaker-notes" className="px-2">
            {labels.notes} (n)
          </a>
          <button type="button" className="px-2 text-link underline" onClick={() => setOverlay('qr')}>
            {labels.qr} (q)
          </button>
          <button type="button" className="px-2 text-link underline" onClick={() => setOverlay('help')}>
            {labels.help} (?)
          </button>
        </nav>
        {overlay !== 'none' ? (
          <div role="dialog" aria-modal="true" aria-label={overlay === 'qr' ? labels.qr : labels.help} className="fixed inset-0 z-50 flex items-center justify-center bg-black/60 p-4">
            <div className="max-h-full overflow-auto rounded-lg bg-page p-6 text-ink shadow-xl">
              {overlay === 'qr' ? (
                <figure>
                  <div className="mx-auto h-[60vh] w-[60vh] max-w-full bg-white" data-testid="qr" dangerouslySetInnerHTML={{ __html: qrSvg }} />
                  <figcaption className="mt-2 text-center">{labels.qrCaption}</figcaption>
                </figure>
              ) : (
                <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2" data-testid="keys-help">
                  {keysHelp.map(([k, v]) => (
                    <div key={k} className="contents">
                      <dt>
                        <kbd className="rounded border border-line px-2 font-mono">{k}</kbd>
                      </dt>
                      <dd>{v}</dd>
                    </div>
                  ))}
                </dl>
              )}
              <button type="button" autoFocus className="mt-4 rounded border border-line px-3 py-1" onClick={() => setOverlay('none')}>
                {labels.close} (Esc)
              </button>
            </div>
          </div>
        ) : null}
      </section>
    </div>
  );
}
