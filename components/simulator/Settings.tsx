import { bounds, type Params } from '@/lib/simulator';
import type { SimMessages } from './labels';
import { NumberField } from './NumberField';

type Assumption = keyof Params['assumptions'];

/** The scenario's settings: licenses, the limit, the kind of key, Software Assurance and the switchable assumptions. */
export function Settings({
  params,
  labels,
  errors,
  toggles,
  onParams,
  onKey,
}: {
  params: Params;
  labels: SimMessages['params'];
  errors: SimMessages['fieldErrors'];
  toggles: SimMessages['assumptionToggle'];
  onParams: (change: Partial<Params>) => void;
  onKey: (key: Params['key']) => void;
}) {
  const retail = params.key === 'retail';
  return (
    <details className="no-print mt-6 rounded border border-line p-4" data-testid="sim-settings">
      <summary className="cursor-pointer py-2.5 font-bold" data-testid="sim-settings-toggle">
        {labels.heading}
      </summary>
      <div className="mt-2 flex flex-wrap gap-4">
        {(['seats', 'limit'] as const).map((field) => (
          <NumberField
            key={field}
            label={labels[field]}
            value={params[field]}
            min={bounds[field].min}
            max={bounds[field].max}
            disabled={retail}
            onCommit={(value) => onParams({ [field]: value })}
            labels={errors}
            testId={`sim-${field}`}
          />
        ))}
        <fieldset className="text-sm">
          <legend>{labels.keyType}</legend>
          {(['mak', 'retail'] as const).map((k) => (
            <label key={k} className="mr-3 inline-block">
              <input type="radio" name="sim-key" checked={params.key === k} onChange={() => onKey(k)} className="mr-1" data-testid={`sim-key-${k}`} />
              {labels[k]}
            </label>
          ))}
        </fieldset>
      </div>
      <label className="mt-3 block text-sm">
        <input type="checkbox" checked={params.sa} disabled={retail} onChange={(e) => onParams({ sa: e.target.checked })} className="mr-1" data-testid="sim-sa" />
        {labels.sa}
      </label>
      <fieldset className="mt-3 text-sm">
        <legend className="font-semibold">{labels.assumptionsHeading}</legend>
        {(['reinstallUsesActivation', 'blockFlagsExisting'] as const satisfies Assumption[]).map((a) => (
          <label key={a} className="block">
            <input
              type="checkbox"
              checked={params.assumptions[a]}
              onChange={(e) => onParams({ assumptions: { ...params.assumptions, [a]: e.target.checked } })}
              className="mr-1"
              data-testid={`sim-${a}`}
            />
            {toggles[a]} <span className="text-muted">({labels.assumptionLabel})</span>
          </label>
        ))}
      </fieldset>
      <p className="mt-2 text-xs text-muted">{labels.illustrative}</p>
    </details>
  );
}
