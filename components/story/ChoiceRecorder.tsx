'use client';

import { useEffect, useRef } from 'react';
import { clearChoice, setChoice } from '@/lib/story/progress';
import { updateProgress, useProgress } from './useProgress';
import c from './Choice.module.css';

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
        <p className={c.hint}>{labels.hint}</p>
        <ul className={c.options}>
          {options.map((o, i) => (
            <li key={i}>
              <details name={`choice-${slug}`} data-option={i} className={c.option}>
                <summary>{o.label}</summary>
                <div className={c.consequence}>
                  <p className={c.label}>{labels.consequence}</p>
                  <p>{o.consequence}</p>
                </div>
              </details>
            </li>
          ))}
        </ul>
        <details className={c.buyerToggle} data-testid="choice-buyer">
          <summary>{labels.buyer}</summary>
          <p className={c.note}>{buyer}</p>
        </details>
      </div>
      {option ? (
        <div className={c.result} data-testid="choice-result" data-chosen={chosen}>
          <p
            tabIndex={-1}
            ref={(el) => {
              if (el && justChose.current) {
                justChose.current = false;
                el.focus();
              }
            }}
            className={c.chosen}
          >
            <span>{labels.youChose}</span> {option.label}
          </p>
          <p className={c.chosenConsequence}>{option.consequence}</p>
          <div className={c.note}>
            <p>{labels.buyer}</p>
            <p>{buyer}</p>
          </div>
          <p className={c.othersHeading}>{labels.others}</p>
          <ul className={c.others}>
            {options.map((o, i) =>
              i === chosen ? null : (
                <li key={i}>
                  <b>{o.label}</b> {o.consequence}
                </li>
              ),
            )}
          </ul>
          <button type="button" onClick={chooseAgain} className={c.again}>
            {labels.again}
          </button>
        </div>
      ) : null}
    </>
  );
}
