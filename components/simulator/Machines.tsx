import type { ReactNode } from 'react';
import type { Machine, SimEvent, State } from '@/lib/simulator';
import { fill } from '@/lib/text/fill';
import type { SimMessages } from './labels';

type Action = 'reinstall' | 'motherboard' | 'retire';
const actions: Action[] = ['reinstall', 'motherboard', 'retire'];
const validationKey = { genuine: 'genuine', 'not-genuine': 'notGenuine', unknown: 'unknown' } as const;

export function machineName(m: Machine, labels: SimMessages['machines']): string {
  return m.owner.kind === 'holder' ? fill(labels.holder, { id: m.id }) : fill(labels.buyer, { n: m.owner.n, id: m.id });
}

/**
 * One card per PC, with its own actions ("Reinstall Windows on PC 3"); a retired PC offers none.
 * A failure dialog for an action pressed on a card appears inside that card.
 */
export function Machines({
  state,
  labels,
  actionLabels,
  onAction,
  dialogFor,
  dialog,
  disabled,
}: {
  state: State;
  labels: SimMessages['machines'];
  actionLabels: SimMessages['actions'];
  /** The card's PC and the event its button stands for. */
  onAction: (pc: number, e: SimEvent) => void;
  /** The PC whose card holds the dialog. */
  dialogFor: number | null;
  dialog?: ReactNode;
  /** No more events fit (the scenario is full). */
  disabled: boolean;
}) {
  return (
    <section aria-labelledby="sim-machines" className="mt-6">
      <h2 id="sim-machines" className="font-bold">
        {labels.heading}
      </h2>
      {state.machines.length === 0 ? (
        <p className="text-muted">{labels.none}</p>
      ) : (
        <ul className="mt-2 grid grid-cols-1 gap-2 min-[420px]:grid-cols-2 lg:grid-cols-3" data-testid="sim-machine-list">
          {state.machines.map((m) => {
            const tone = m.retired ? 'border-dotted border-line bg-panel' : m.licensed ? 'border-ok-ink' : m.activated ? 'border-bad-ink' : 'border-dashed border-line';
            return (
              <li key={m.id} className={`rounded border-2 p-2 text-sm ${tone} ${dialogFor === m.id ? 'col-span-full' : ''}`} data-testid={`pc-${m.id}`} data-licensed={m.licensed && !m.retired} data-activated={m.activated}>
                <p className="font-semibold">{machineName(m, labels)}</p>
                <p>
                  {m.retired ? labels.retired : m.activated ? labels.activated : labels.notActivated}
                  {!m.retired && m.error ? <span className="ml-1 font-semibold text-bad-ink">({fill(labels.failedWith, { code: m.error })})</span> : null}
                </p>
                {!m.retired ? <p className={m.licensed ? 'text-ok-ink' : 'font-semibold text-bad-ink'}>{m.licensed ? labels.licensed : labels.unlicensed}</p> : null}
                {m.reinstalls ? <p className="text-muted">{fill(labels.reinstalls, { n: m.reinstalls })}</p> : null}
                {m.validation !== 'unchecked' && !m.retired ? <p className="text-muted">{labels[validationKey[m.validation]]}</p> : null}
                {!m.retired ? (
                  <div className="no-print mt-2 flex flex-col gap-1">
                    {actions.map((a) => (
                      <button key={a} type="button" disabled={disabled} onClick={() => onAction(m.id, { t: a, pc: m.id })} className="min-h-11 rounded border border-line-strong px-2 py-1 text-left text-sm hover:bg-panel" data-testid={`pc-${m.id}-${a}`}>
                        {fill(actionLabels[a], { id: m.id })}
                      </button>
                    ))}
                    {m.owner.kind === 'buyer' ? (
                      <button type="button" disabled={disabled} onClick={() => onAction(m.id, { t: 'buyerPc', buyer: (m.owner as { n: number }).n })} className="min-h-11 rounded border border-line-strong px-2 py-1 text-left text-sm hover:bg-panel" data-testid={`pc-${m.id}-buyerPc`}>
                        {fill(actionLabels.buyerPc, { n: m.owner.n })}
                      </button>
                    ) : null}
                  </div>
                ) : null}
                {dialogFor === m.id ? dialog : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
