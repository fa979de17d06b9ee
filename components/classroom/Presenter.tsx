'use client';

import { useEffect, useState } from 'react';
import { isTyping } from '@/components/hooks/isTyping';
import { keyAction, move, type StageSlide } from '@/lib/classroom/deck';
import { publicUrl } from '@/lib/site';
import { fill } from '@/lib/text/fill';
import { DeckDialog } from './DeckDialog';
import { SlideView } from './SlideView';
import { ShortUrl } from './short-url';
import { useDeckSync } from './useDeckSync';

export type PresenterLabels = Record<'stepOf' | 'notes' | 'qr' | 'help' | 'close' | 'corrected' | 'qrCaption' | 'keys' | 'prev' | 'next' | 'notesBlocked' | 'keysHint', string>;

/**
 * Presenter mode over the deck (students' "before" page, the story steps, students' "after"
 * page). The server renders every slide as a list (`children`, readable without JS, in a
 * `.presenter-fallback` StaticMarkup so React neither hydrates it nor gets it twice); CSS shows
 * the stage instead from the first paint when JS runs (`.js` on <html>), so nothing moves at
 * hydration. The slide is in the URL (?step=N) and in step with the speaker view (useDeckSync).
 */
export function Presenter({ locale, slides, visuals, notesHref, keysHelp, labels, children }: { locale: string; slides: StageSlide[]; visuals: Record<string, React.ReactNode>; notesHref: string; keysHelp: [string, string][]; labels: PresenterLabels; children: React.ReactNode }) {
  const total = slides.length;
  const { ready, step, corrected, go } = useDeckSync(locale, total, 'presenter');
  const [overlay, setOverlay] = useState<'none' | 'qr' | 'help'>('none');
  const [qr, setQr] = useState({ url: '', svg: '' });
  const [notesBlocked, setNotesBlocked] = useState(false);
  const slide = slides[step - 1]!;
  const slideUrl = ready ? publicUrl(`/${locale}/${slide.path}/`, window.location.origin) : '';

  useEffect(() => {
    if (overlay !== 'qr' || !slideUrl) return;
    let live = true;
    import('qrcode')
      .then((lib) => lib.toString(slideUrl, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }))
      .then((svg) => live && setQr({ url: slideUrl, svg }))
      .catch(() => live && setQr({ url: slideUrl, svg: '' }));
    return () => {
      live = false;
    };
  }, [overlay, slideUrl]);

  function openNotes() {
    const win = window.open(`${notesHref}?step=${step}`, 'speaker-notes', 'width=1000,height=700');
    setNotesBlocked(!win);
  }

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      // Keys belong to a field being typed in, to the browser's shortcuts, or to an open dialog.
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || overlay !== 'none') return;
      const action = keyAction(event.key);
      if (!action || action === 'close') return;
      event.preventDefault();
      if (action === 'help') return setOverlay('help');
      if (action === 'qr') return setOverlay('qr');
      if (action === 'notes') return openNotes();
      if (action === 'fullscreen') {
        if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
        else document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      const next = move(step, action, total);
      if (next !== step) go(next);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Until hydration the list's own h1 is the page's heading; the stage's title becomes the h1 after.
  const count = fill(labels.stepOf, { n: step, total });
  // Controls are at least 44 px tall (WCAG 2.5.5), and stay pinned to the bottom of the stage.
  const button = 'inline-flex min-h-11 min-w-11 items-center rounded border border-line-strong px-4 py-2 disabled:opacity-50';
  const textButton = 'inline-flex min-h-11 items-center px-2 text-link underline';
  return (
    <div data-presenter={ready ? 'on' : 'off'} data-step={step}>
      {ready ? null : children}
      <section aria-roledescription="slide" aria-label={count} className="presenter-stage fixed inset-0 z-40 flex flex-col overflow-auto bg-page px-[6vw] pt-[3vh] text-ink" data-testid="slide" data-slide-id={slide.id}>
        <SlideView slide={slide} count={count} visual={visuals[slide.id]} variant="stage" titleAs={ready ? 'h1' : 'h2'} />
        <div className="sticky bottom-0 mt-auto bg-page pt-[1.5vh] pb-[2vh]" data-testid="slide-controls">
          {corrected ? <p className="text-sm text-muted">{labels.corrected}</p> : null}
          {notesBlocked ? <p className="text-sm text-bad-ink">{labels.notesBlocked}</p> : null}
          <nav className="no-print flex flex-wrap items-center gap-x-3 gap-y-2 text-sm" aria-label={labels.keys}>
            <button type="button" className={button} onClick={() => go(move(step, 'prev', total))} disabled={step === 1} data-testid="slide-prev">
              ← {labels.prev}
            </button>
            <button type="button" className={button} onClick={() => go(move(step, 'next', total))} disabled={step === total} data-testid="slide-next">
              {labels.next} →
            </button>
            <a href={`${notesHref}?step=${step}`} target="speaker-notes" className="inline-flex min-h-11 items-center px-2">
              {labels.notes} (n)
            </a>
            <button type="button" className={textButton} onClick={() => setOverlay('qr')} data-testid="open-qr">
              {labels.qr} (q)
            </button>
            <button type="button" className={textButton} onClick={() => setOverlay('help')} data-testid="open-help">
              {labels.help} (?)
            </button>
            <span className="needs-js hidden text-muted sm:inline" data-testid="keys-hint">
              {labels.keysHint}
            </span>
          </nav>
        </div>
      </section>
      <DeckDialog open={overlay === 'qr'} label={labels.qr} closeLabel={labels.close} onClose={() => setOverlay('none')} testId="qr-dialog">
        <figure>
          <div className="mx-auto h-[60vh] w-[60vh] max-w-full bg-white" data-testid="qr" dangerouslySetInnerHTML={{ __html: qr.url === slideUrl ? qr.svg : '' }} />
          <figcaption className="mt-2 text-center">
            {labels.qrCaption}
            <span className="mt-1 block font-mono text-lg" data-testid="qr-url">
              <ShortUrl url={slideUrl} />
            </span>
          </figcaption>
        </figure>
      </DeckDialog>
      <DeckDialog open={overlay === 'help'} label={labels.help} closeLabel={labels.close} onClose={() => setOverlay('none')} testId="help-dialog">
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
      </DeckDialog>
    </div>
  );
}
