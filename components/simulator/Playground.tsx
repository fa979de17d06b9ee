'use client';

import { useMemo, useRef, useState, type ReactNode } from 'react';
import { bounds, run, summarise, type Scenario, type SimEvent } from '@/lib/simulator';
import { fill } from '@/lib/text/fill';
import { Events, type GlobalEvent } from './Events';
import { FailureDialog } from './FailureDialog';
import { eventLabel, failedCode, resultLabel, stateSentence } from './format';
import type { DialogMessages, SimLabels } from './labels';
import { Log } from './Log';
import { Machines } from './Machines';
import { CompactMeters, Meters } from './Meters';

type Pressed = { where: 'events'; id: GlobalEvent } | { where: 'pc'; pc: number } | null;

/**
 * The part of the simulator the visitor plays with: both meters (and a compact copy that stays
 * in view on phones), the event buttons, the PCs with their own actions, and the log. A failed
 * activation shows the Windows-like dialog right where the button was pressed. The scenario
 * itself lives with the parent (the URL, or the story's embed).
 */
export function Playground({
  scenario,
  onScenario,
  labels,
  errorBase,
  dialogMessages,
  before,
  after,
  compactNote,
  toolbar,
  showLog = true,
  showMachines = true,
}: {
  scenario: Scenario;
  /** Applies a new scenario; returns extra words to announce (a finished challenge). */
  onScenario: (next: Scenario) => string;
  labels: SimLabels;
  errorBase: string;
  dialogMessages: DialogMessages;
  /** Shown under the compact meters, before the big ones (challenges, settings). */
  before?: ReactNode;
  /** Shown at the end (settings). */
  after?: ReactNode;
  /** One line under the compact meters (the challenge in play). */
  compactNote?: string;
  /** Extra controls beside undo and reset (the copy link). */
  toolbar?: ReactNode;
  showLog?: boolean;
  showMachines?: boolean;
}) {
  const { state, log } = useMemo(() => run(scenario), [scenario]);
  const summary = summarise(state);
  const [pressed, setPressed] = useState<Pressed>(null);
  const [announce, setAnnounce] = useState('');
  // The button last pressed: closing the failure dialog puts focus back on it.
  const pressedButton = useRef<HTMLElement | null>(null);

  function apply(next: Scenario, by: Pressed) {
    pressedButton.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPressed(by);
    const extra = onScenario(next);
    const r = run(next);
    const last = r.log[r.log.length - 1];
    const head = last && next.events.length > scenario.events.length ? `${eventLabel(last.event, labels.eventText)}: ${failedCode(last) ?? resultLabel(last.result, labels.resultText)}. ` : '';
    setAnnounce(`${head}${stateSentence(summarise(r.state), labels)} ${extra}`.trim());
  }

  const full = scenario.events.length >= bounds.events;
  const add = (e: SimEvent, by: Pressed) => {
    if (!full) apply({ ...scenario, events: [...scenario.events, e] }, by);
  };
  const code = failedCode(log[log.length - 1]);
  function close() {
    setPressed(null);
    if (pressedButton.current?.isConnected) pressedButton.current.focus();
  }
  const dialog =
    code && pressed ? <FailureDialog code={code} labels={labels.dialog} messages={dialogMessages} errorBase={errorBase} onClose={close} /> : null;
  const buttonClass = 'min-h-11 min-w-11 rounded border border-line-strong px-3 py-2 text-sm disabled:opacity-60';

  return (
    <div data-testid="sim-playground">
      <CompactMeters s={summary} labels={labels.meters} note={compactNote} />
      {before}
      <Meters s={summary} labels={labels.meters} />
      <Events labels={labels.events} onEvent={(id, e) => add(e, { where: 'events', id })} dialog={pressed?.where === 'events' ? dialog : null} full={full ? fill(labels.events.full, { max: bounds.events }) : null}>
        <button type="button" disabled={!scenario.events.length} onClick={() => apply({ ...scenario, events: scenario.events.slice(0, -1) }, null)} className={buttonClass} data-testid="sim-undo">
          {labels.events.undo}
        </button>
        <button type="button" disabled={!scenario.events.length} onClick={() => apply({ ...scenario, events: [] }, null)} className={buttonClass} data-testid="sim-reset">
          {labels.events.reset}
        </button>
        {toolbar}
      </Events>
      <p aria-live="polite" className="sr-only" data-testid="sim-announce">
        {announce}
      </p>
      <p className="mt-4 rounded bg-panel px-3 py-2 text-sm" data-testid="sim-state">
        {stateSentence(summary, labels)}
      </p>
      {showMachines ? (
        <Machines
          state={state}
          labels={labels.machines}
          actionLabels={labels.actions}
          onAction={(pc, e) => add(e, { where: 'pc', pc })}
          dialogFor={pressed?.where === 'pc' ? pressed.pc : null}
          dialog={dialog}
          disabled={full}
        />
      ) : null}
      {showLog ? <Log log={log} labels={labels} errorBase={errorBase} /> : null}
      {after}
    </div>
  );
}
