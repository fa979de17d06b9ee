import type { ReactNode } from 'react';
import type { SimEvent } from '@/lib/simulator';
import type { SimMessages } from './labels';

export const globalEvents = [
  ['activate', { t: 'activate' }],
  ['leak', { t: 'leak' }],
  ['more', { t: 'more' }],
  ['block', { t: 'block' }],
  ['validate', { t: 'validate' }],
] as const satisfies readonly (readonly [string, SimEvent])[];

export type GlobalEvent = (typeof globalEvents)[number][0];

/** The buttons for what happens to the whole key; a failure dialog appears right under them. */
export function Events({
  labels,
  onEvent,
  dialog,
  full,
  children,
}: {
  labels: SimMessages['events'];
  onEvent: (id: GlobalEvent, e: SimEvent) => void;
  /** The failure dialog, when the last press here failed. */
  dialog?: ReactNode;
  /** The scenario holds the most events it can: the buttons are off, and a message says why. */
  full: string | null;
  /** Undo, reset and the copy link. */
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby="sim-events" className="no-print mt-6 rounded border border-line p-4">
      <h2 id="sim-events" className="font-bold">
        {labels.heading}
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        {globalEvents.map(([id, e]) => (
          <button key={id} type="button" disabled={!!full} onClick={() => onEvent(id, e)} className="min-h-11 rounded border border-line-strong bg-panel px-3 py-2 text-left text-sm hover:bg-page disabled:opacity-60" data-testid={`sim-${id}`}>
            {labels[id]}
          </button>
        ))}
      </div>
      {full ? (
        <p className="mt-2 text-sm font-semibold" data-testid="sim-full">
          {full}
        </p>
      ) : null}
      {dialog}
      {children ? <div className="mt-3 flex flex-wrap items-center gap-2">{children}</div> : null}
    </section>
  );
}
