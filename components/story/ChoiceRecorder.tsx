'use client';

import { useEffect, useRef } from 'react';
import { clearChoice, setChoice } from '@/lib/story/progress';
import { updateProgress, useProgress } from './useProgress';

export interface ChoiceLabels {
  hint: string;
  consequence: string;
  youChose: string;
  buyer: string;
  others: string;
  again: string;
}

interface Props {
  slug: string;
  options: { label: string; consequence: string }[];
  buyer: string;
  labels: ChoiceLabels;
}

/**
 * The step's choice. Its server-rendered HTML, which is all there is without JavaScript, lists
 * the options as one exclusive group of <details> (opening one closes the others), each revealing
 * where it leads, and a last <details> with what the 2013 buyer did. With JavaScript, opening an
 * option records it (in this browser only), and the options give way to the result. The options
 * are rendered here from props rather than passed in as server children, so the page's payload
 * carries their text once. Reads progress through the shared store (no state set in effects); a
 * stored index this step does not have counts as no choice, so the options simply show again.
 */
export function ChoiceRecorder({ slug, options, buyer, labels }: Props) {
  const stored = useProgress().choices[slug];
  const chosen = stored !== undefined && stored < options.length ? stored : undefined;
  const list = useRef<HTMLDivElement>(null);
  // Focus moves to the result only when the visitor has just chosen, not on a return visit; and
  // back to the first option after "choose again". (No flushSync: importing react-dom here would
  // split the framework's chunks and cost every page of the site.)
  const justChose = useRef(false);
  const backToOptions = useRef(false);

  useEffect(() => {
    const root = list.current;
    if (!root) return;
    function onToggle(event: Event) {
      const d = event.target;
      if (!(d instanceof HTMLDetailsElement) || !d.open || d.dataset.option === undefined) return;
      justChose.current = true;
      updateProgress((p) => setChoice(p, slug, Number(d.dataset.option)));
    }
    root.addEventListener('toggle', onToggle, true);
    return () => root.removeEventListener('toggle', onToggle, true);
  }, [slug]);

  useEffect(() => {
    if (chosen !== undefined || !backToOptions.current) return;
    backToOptions.current = false;
    list.current?.querySelector('summary')?.focus();
  }, [chosen]);

  function chooseAgain() {
    list.current?.querySelectorAll('details').forEach((d) => {
      d.open = false;
    });
    backToOptions.current = true;
    updateProgress((p) => clearChoice(p, slug));
  }

  const option = chosen !== undefined ? options[chosen] : undefined;
  return (
    <>
      <div ref={list} hidden={option !== undefined}>
        <p className="mt-3 text-sm text-muted">{labels.hint}</p>
        <ul className="mt-3 space-y-3">
          {options.map((o, i) => (
            <li key={i}>
              <details name={`choice-${slug}`} data-option={i} className="group rounded border border-line bg-page open:border-accent">
                <summary className="flex cursor-pointer list-none items-start gap-3 px-4 py-3 font-semibold [&::-webkit-details-marker]:hidden">
                  <span aria-hidden="true" className="mt-0.5 size-5 shrink-0 rounded-full border-2 border-muted bg-page group-open:border-[6px] group-open:border-accent" />
                  <span>{o.label}</span>
                </summary>
                <div className="mx-4 mb-3 border-t border-line pt-2">
                  <p className="text-sm font-semibold text-muted">{labels.consequence}</p>
                  <p className="mt-1">{o.consequence}</p>
                </div>
              </details>
            </li>
          ))}
        </ul>
        <details className="group mt-4" data-testid="choice-buyer">
          <summary className="cursor-pointer font-semibold text-link">{labels.buyer}</summary>
          <p className="mt-2 border-l-4 border-note-line bg-note px-3 py-2">{buyer}</p>
        </details>
      </div>
      {option ? (
        <div className="mt-4" data-testid="choice-result" data-chosen={chosen}>
          <p
            tabIndex={-1}
            ref={(el) => {
              if (el && justChose.current) {
                justChose.current = false;
                el.focus();
              }
            }}
            className="rounded border border-accent bg-page px-4 py-3 font-semibold focus:outline-none focus-visible:outline-2"
          >
            <span className="text-muted">{labels.youChose}</span> {option.label}
          </p>
          <p className="mt-2 px-1">{option.consequence}</p>
          <div className="mt-4 border-l-4 border-note-line bg-note px-3 py-2">
            <p className="font-semibold">{labels.buyer}</p>
            <p className="mt-1">{buyer}</p>
          </div>
          <p className="mt-4 font-semibold">{labels.others}</p>
          <ul className="mt-1 list-disc space-y-2 pl-6">
            {options.map((o, i) =>
              i === chosen ? null : (
                <li key={i}>
                  <span className="font-semibold">{o.label}</span> {o.consequence}
                </li>
              ),
            )}
          </ul>
          <button type="button" onClick={chooseAgain} className="mt-4 rounded border border-line bg-page px-4 py-2 font-semibold hover:bg-panel">
            {labels.again}
          </button>
        </div>
      ) : null}
    </>
  );
}
