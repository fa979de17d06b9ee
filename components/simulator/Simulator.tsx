'use client';

import { useEffect, useMemo, useState } from 'react';
import { isLicensed, isPresetId, parse, run, scenarioFromPreset, serialise, summarise, type Correction, type Scenario, type SimEvent } from '@/lib/simulator';
import { fill } from '@/lib/text/fill';
import { CopyLink, type ShareLabels } from '@/components/share/CopyLink';
import { eventLabel, failedCode, resultLabel } from './format';
import { NumberField } from './NumberField';

export type SimLabels = {
  params: Record<string, string>;
  events: Record<string, string>;
  meters: Record<string, string>;
  machines: Record<string, string>;
  log: Record<string, string>;
  state: string;
  stateBlocked: string;
  corrected: string;
  copyLink: string;
  printQr: string;
  assumptionToggle: Record<string, string>;
  correctionText: Record<string, string>;
  eventText: Record<string, string>;
  resultText: Record<string, string>;
  limitUnpublished: string;
  share: ShareLabels;
  fieldNames: Record<string, string>;
};

/** The MAK simulator: the scenario lives in the URL, so a copied link shows exactly this state. */
export function Simulator({ labels, errorBase }: { labels: SimLabels; errorBase: string }) {
  const [scenario, setScenario] = useState<Scenario>(() => scenarioFromPreset('asker'));
  const [corrections, setCorrections] = useState<Correction[]>([]);
  const [announce, setAnnounce] = useState('');
  const [qr, setQr] = useState('');
  // The URL is written only after it has been read, so a shared link is never overwritten.
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    const preset = query.get('preset');
    /* eslint-disable react-hooks/set-state-in-effect */
    if (isPresetId(preset)) setScenario(scenarioFromPreset(preset));
    else if ([...query.keys()].length) {
      const parsed = parse(query);
      setScenario(parsed.scenario);
      setCorrections(parsed.corrections);
    }
    setLoaded(true);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, []);

  const { state, log } = useMemo(() => run(scenario), [scenario]);
  const summary = summarise(state);

  useEffect(() => {
    if (!loaded) return;
    const url = new URL(window.location.href);
    url.search = serialise(scenario);
    window.history.replaceState(null, '', url);
  }, [scenario, loaded]);

  useEffect(() => {
    function beforePrint() {
      import('qrcode')
        .then((q) => q.toString(window.location.href, { type: 'svg', margin: 1 }))
        .then(setQr)
        .catch(() => setQr(''));
    }
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);

  function describe(): string {
    return fill(labels.state, {
      used: summary.seatsInUse,
      seats: summary.seatsBought,
      act: summary.activationsUsed,
      limit: summary.activationLimit ?? labels.limitUnpublished,
      unlicensed: summary.unlicensedActive,
      blocked: summary.blocked ? labels.stateBlocked : '',
    });
  }

  /** A changed setting goes through the same parser as a URL, so it is clamped the same way. */
  function setParams(change: Partial<Pick<Scenario['params'], 'seats' | 'limit'>>) {
    apply(parse(serialise({ ...scenario, params: { ...scenario.params, ...change } })).scenario);
  }

  function apply(next: Scenario) {
    setScenario(next);
    setCorrections([]);
    const r = run(next);
    const last = r.log[r.log.length - 1];
    const s = summarise(r.state);
    const head = last ? `${eventLabel(last.event, labels.eventText)}: ${failedCode(last) ?? resultLabel(last.result, labels.resultText)}. ` : '';
    setAnnounce(
      head +
        fill(labels.state, {
          used: s.seatsInUse,
          seats: s.seatsBought,
          act: s.activationsUsed,
          limit: s.activationLimit ?? labels.limitUnpublished,
          unlicensed: s.unlicensedActive,
          blocked: s.blocked ? labels.stateBlocked : '',
        }),
    );
  }

  const add = (e: SimEvent) => apply({ ...scenario, events: [...scenario.events, e].slice(0, 200) });
  const livePcs = state.machines.filter((m) => !m.retired);
  const holderPcs = livePcs.filter((m) => m.owner.kind === 'holder');
  const [pc, setPc] = useState('');
  const chosen = Number(pc) || holderPcs[0]?.id || 0;

  return (
    <div className="needs-js" data-testid="simulator">
      {corrections.length ? (
        <div role="alert" className="mb-4 rounded border-l-4 border-warn-line bg-warn px-4 py-3" data-testid="sim-corrections">
          <p className="font-semibold">{labels.corrected}</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {corrections.map((c, i) => (
              <li key={i}>{fill(labels.correctionText[c.problem] ?? c.problem, { field: labels.fieldNames[c.field] ?? c.field, applied: c.applied })}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <section aria-labelledby="sim-settings" className="rounded border border-line p-4">
        <h2 id="sim-settings" className="font-bold">
          {labels.params.heading}
        </h2>
        <div className="mt-2 flex flex-wrap gap-4">
          {(
            [
              ['seats', 100],
              ['limit', 1000],
            ] as const
          ).map(([field, max]) => (
            <NumberField
              key={field}
              label={labels.params[field]}
              value={scenario.params[field]}
              max={max}
              disabled={scenario.params.key === 'retail'}
              onChange={(value) => setParams({ [field]: value })}
              testId={`sim-${field}`}
            />
          ))}
          <fieldset className="text-sm">
            <legend>{labels.params.keyType}</legend>
            {(['mak', 'retail'] as const).map((k) => (
              <label key={k} className="mr-3">
                <input
                  type="radio"
                  name="key"
                  checked={scenario.params.key === k}
                  onChange={() => apply(parse(serialise({ params: { ...scenario.params, key: k, seats: k === 'retail' ? 1 : scenario.params.seats }, events: [] })).scenario)}
                  className="mr-1"
                />
                {labels.params[k]}
              </label>
            ))}
          </fieldset>
        </div>
        <fieldset className="mt-3 text-sm">
          <legend className="font-semibold">{labels.params.assumptionsHeading}</legend>
          {(['reinstallUsesActivation', 'blockFlagsExisting'] as const).map((a) => (
            <label key={a} className="mr-4 block">
              <input
                type="checkbox"
                checked={scenario.params.assumptions[a]}
                onChange={(e) => apply({ ...scenario, params: { ...scenario.params, assumptions: { ...scenario.params.assumptions, [a]: e.target.checked } } })}
                className="mr-1"
                data-testid={`sim-${a}`}
              />
              {labels.assumptionToggle[a]} <span className="text-muted">({labels.params.assumptionLabel})</span>
            </label>
          ))}
        </fieldset>
        <p className="mt-2 text-xs text-muted">{labels.params.illustrative}</p>
      </section>

      <div className="mt-6 grid gap-4 md:grid-cols-2" data-testid="sim-meters">
        <section aria-labelledby="meter-license" className="rounded border border-line p-4">
          <h2 id="meter-license" className="font-bold">
            {labels.meters.license}
          </h2>
          <p className="text-sm text-muted">{labels.meters.licenseSub}</p>
          <meter min={0} max={Math.max(1, summary.seatsBought)} value={Math.min(summary.seatsInUse, summary.seatsBought)} className="mt-2 h-4 w-full" aria-label={labels.meters.license} />
          <p className="mt-1 font-semibold" data-testid="sim-seats-used">
            {fill(labels.meters.licensed, { n: summary.seatsInUse, seats: summary.seatsBought })}
          </p>
          <p className={`mt-1 text-sm ${summary.unlicensedActive ? 'font-semibold text-bad-ink' : ''}`} data-testid="sim-unlicensed">
            {fill(labels.meters.unlicensed, { n: summary.unlicensedActive })}
          </p>
        </section>
        <section aria-labelledby="meter-tech" className="rounded border border-line p-4">
          <h2 id="meter-tech" className="font-bold">
            {labels.meters.technical}
          </h2>
          <p className="text-sm text-muted">{labels.meters.technicalSub}</p>
          <meter min={0} max={Math.max(1, summary.activationLimit ?? 1)} value={summary.activationLimit ? summary.activationsUsed : 0} className="mt-2 h-4 w-full" aria-label={labels.meters.technical} />
          <p className="mt-1 font-semibold" data-testid="sim-activations">
            {fill(labels.meters.activations, { n: summary.activationsUsed, limit: summary.activationLimit ?? labels.limitUnpublished })}
          </p>
          {summary.remaining !== null ? <p className="mt-1 text-sm">{fill(labels.meters.remaining, { n: summary.remaining })}</p> : null}
          {summary.blocked ? (
            <p className="mt-1 text-sm font-semibold text-bad-ink" data-testid="sim-blocked">
              ⛔ {labels.meters.blocked}
            </p>
          ) : null}
        </section>
      </div>

      <section aria-labelledby="sim-events" className="no-print mt-6 rounded border border-line p-4">
        <h2 id="sim-events" className="font-bold">
          {labels.events.heading}
        </h2>
        <div className="mt-2 flex flex-wrap gap-2">
          {(
            [
              ['activate', { t: 'activate' }],
              ['leak', { t: 'leak' }],
              ['more', { t: 'more' }],
              ['block', { t: 'block' }],
              ['validate', { t: 'validate' }],
            ] as [string, SimEvent][]
          ).map(([key, e]) => (
            <button key={key} type="button" onClick={() => add(e)} className="rounded border border-line bg-panel px-3 py-1.5 text-sm hover:bg-page" data-testid={`sim-${key}`}>
              {labels.events[key]}
            </button>
          ))}
        </div>
        {livePcs.length ? (
          <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
            <label>
              {labels.events.choosePc}{' '}
              <select value={chosen} onChange={(e) => setPc(e.target.value)} className="rounded border border-line bg-page px-2 py-1">
                {livePcs.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.owner.kind === 'holder' ? fill(labels.machines.holder, { id: m.id }) : fill(labels.machines.buyer, { n: m.owner.n, id: m.id })}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="rounded border border-line px-3 py-1" onClick={() => add({ t: 'reinstall', pc: chosen })}>
              {labels.events.reinstall}
            </button>
            <button type="button" className="rounded border border-line px-3 py-1" onClick={() => add({ t: 'motherboard', pc: chosen })}>
              {labels.events.motherboard}
            </button>
            <button type="button" className="rounded border border-line px-3 py-1" onClick={() => add({ t: 'retire', pc: chosen })}>
              {labels.events.retire}
            </button>
          </div>
        ) : null}
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="button" disabled={!scenario.events.length} onClick={() => apply({ ...scenario, events: scenario.events.slice(0, -1) })} className="rounded border border-line px-3 py-1 text-sm disabled:opacity-60" data-testid="sim-undo">
            ↶ {labels.events.undo}
          </button>
          <button type="button" onClick={() => apply({ ...scenario, events: [] })} className="rounded border border-line px-3 py-1 text-sm" data-testid="sim-reset">
            {labels.events.reset}
          </button>
          <CopyLink keepQuery labels={labels.share} testId="sim-copy" />
        </div>
      </section>

      <p aria-live="polite" className="sr-only" data-testid="sim-announce">
        {announce}
      </p>
      <p className="mt-4 rounded bg-panel px-3 py-2 text-sm" data-testid="sim-state">
        {describe()}
      </p>

      <section aria-labelledby="sim-machines" className="mt-6">
        <h2 id="sim-machines" className="font-bold">
          {labels.machines.heading}
        </h2>
        {state.machines.length === 0 ? (
          <p className="text-muted">{labels.machines.none}</p>
        ) : (
          <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4" data-testid="sim-machine-list">
            {state.machines.map((m) => {
              const licensed = isLicensed(state, m.id);
              return (
                <li key={m.id} className={`rounded border-2 p-2 text-xs ${m.retired ? 'border-line opacity-70' : licensed ? 'border-ok-ink' : m.activated ? 'border-bad-ink' : 'border-dashed border-line'}`}>
                  <p className="font-semibold">{m.owner.kind === 'holder' ? fill(labels.machines.holder, { id: m.id }) : fill(labels.machines.buyer, { n: m.owner.n, id: m.id })}</p>
                  <p>{m.retired ? labels.machines.retired : m.activated ? `✓ ${labels.machines.activated}` : `✗ ${labels.machines.notActivated}`}</p>
                  <p className={licensed ? 'text-ok-ink' : 'text-bad-ink'}>{licensed ? labels.machines.licensed : labels.machines.unlicensed}</p>
                  {m.validation !== 'unchecked' ? <p className="text-muted">{labels.machines[{ genuine: 'genuine', 'not-genuine': 'notGenuine', unknown: 'unknown' }[m.validation]]}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="sim-log" className="mt-6">
        <h2 id="sim-log" className="font-bold">
          {labels.log.heading}
        </h2>
        {log.length === 0 ? (
          <p className="text-muted">{labels.log.empty}</p>
        ) : (
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm" data-testid="sim-log">
            {log.map((entry, i) => {
              const code = failedCode(entry);
              return (
                <li key={i} data-code={code ?? undefined}>
                  {eventLabel(entry.event, labels.eventText)} →{' '}
                  {code ? (
                    <>
                      <span className="font-semibold text-bad-ink">
                        {labels.log.failed} <a href={`${errorBase}${code.toLowerCase()}/`}>{code}</a>
                      </span>
                    </>
                  ) : (
                    <span className={entry.result.ok ? '' : 'text-muted'}>{resultLabel(entry.result, labels.resultText)}</span>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <figure className="print-only mt-6 hidden">
        <span className="inline-block h-32 w-32 bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
        <figcaption className="text-sm">{labels.printQr}</figcaption>
      </figure>
    </div>
  );
}
