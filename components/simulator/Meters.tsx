import type { Summary } from '@/lib/simulator';
import { fill } from '@/lib/text/fill';
import type { SimMessages } from './labels';
import m from './Meters.module.css';

type MeterLabels = SimMessages['meters'];
const W = 1000;
/** SVG coordinates to a tenth of a unit (of 1000): finer is invisible and only lengthens the markup. */
const r = (n: number) => Math.round(n * 10) / 10;
// Bars are SVG drawn with attributes, not style="" (the site's CSP allows no inline styles).
const svgProps = { viewBox: `0 0 ${W} 20`, preserveAspectRatio: 'none', 'aria-hidden': true, focusable: false } as const;

/**
 * The license meter: a box as wide as the licenses bought (green: on a PC in use; grey: went with
 * a retired PC; empty: not yet assigned), and the activated PCs without a license drawn in red,
 * dashed, past the end of the box. Drawn for the eye; the sentences under it say the same.
 */
export function LicenseBar({ s, thin = false }: { s: Summary; thin?: boolean }) {
  const total = Math.max(1, s.seatsBought + s.unlicensedActive);
  const unit = (W - (s.unlicensedActive ? 8 : 0)) / total;
  const box = r(s.seatsBought * unit);
  return (
    <svg {...svgProps} className={m.bar} data-thin={thin || undefined} data-testid="license-bar">
      <rect x={0} y={0} width={r(s.licensedDevices * unit)} height={20} className={m.licensed} />
      <rect x={r(s.licensedDevices * unit)} y={0} width={r(s.seatsLost * unit)} height={20} className={m.lost} />
      <rect x={1} y={1} width={box - 2} height={18} className={m.outline} strokeWidth={1} vectorEffect="non-scaling-stroke" />
      {s.unlicensedActive ? (
        <rect x={box + 8} y={1} width={r(s.unlicensedActive * unit - 2)} height={18} className={m.over} fillOpacity={0.75} strokeWidth={1} strokeDasharray="4 3" vectorEffect="non-scaling-stroke" data-testid="license-overflow" />
      ) : null}
    </svg>
  );
}

/** The activation meter: a thin track filled up to the activations used, with the key's limit marked. */
export function ActivationBar({ s, thin = false }: { s: Summary; thin?: boolean }) {
  const limit = s.activationLimit;
  const scale = limit === null ? Math.max(1, s.activationsUsed) : Math.max(limit, s.activationsUsed) * 1.15;
  const x = (n: number) => r((n / scale) * W);
  return (
    <svg {...svgProps} className={`${m.bar} ${m.track}`} data-thin={thin || undefined} data-testid="activation-bar">
      <rect x={0} y={6} width={W} height={8} rx={4} className={m.rail} strokeWidth={1} vectorEffect="non-scaling-stroke" />
      <rect x={0} y={6} width={x(s.activationsUsed)} height={8} rx={4} className={m.used} data-blocked={s.blocked || undefined} />
      {limit !== null ? <rect x={x(limit) - 4} y={0} width={8} height={20} className={m.mark} /> : null}
    </svg>
  );
}

/** Both meters, each with the sentences that say what it shows, and the gap between them. */
export function Meters({ s, labels }: { s: Summary; labels: MeterLabels }) {
  return (
    <section aria-labelledby="sim-meters-heading" className={m.section}>
      <h2 id="sim-meters-heading" className="sr-only">
        {labels.heading}
      </h2>
      <div className={m.grid} data-testid="sim-meters">
        <div className={m.card}>
          <h3>{labels.license}</h3>
          <p className={m.sub}>{labels.licenseSub}</p>
          <LicenseBar s={s} />
          <p className={m.value} data-testid="sim-licensed">
            {fill(labels.licensed, { n: s.licensedDevices, seats: s.seatsBought })}
          </p>
          {s.seatsLost ? <p className={m.small}>{fill(labels.lost, { n: s.seatsLost })}</p> : null}
          {s.seatsFree ? <p className={m.small}>{fill(labels.free, { n: s.seatsFree })}</p> : null}
          <p className={s.unlicensedActive ? `${m.small} ${m.bad}` : m.small} data-testid="sim-unlicensed">
            {fill(labels.unlicensed, { n: s.unlicensedActive })}
          </p>
        </div>
        <div className={m.card}>
          <h3>{labels.technical}</h3>
          <p className={m.sub}>{labels.technicalSub}</p>
          <ActivationBar s={s} />
          {s.activationLimit !== null ? (
            <p className={m.limit}>
              {fill(labels.limitMark, { limit: s.activationLimit })}
            </p>
          ) : null}
          <p className={m.value} data-testid="sim-activations">
            {fill(labels.activations, { n: s.activationsUsed, limit: s.activationLimit ?? '—' })}
          </p>
          {s.remaining !== null ? <p className={m.small}>{fill(labels.remaining, { n: s.remaining })}</p> : null}
          {s.blocked ? (
            <p className={`${m.small} ${m.bad}`} data-testid="sim-blocked">
              {labels.blocked}
            </p>
          ) : null}
        </div>
      </div>
      <p className={m.gap} data-gap={s.unlicensedActive ? '' : undefined} data-testid="sim-gap">
        {s.unlicensedActive ? fill(labels.gap, { act: s.activatedPcs, unlicensed: s.unlicensedActive }) : labels.gapNone}
      </p>
    </section>
  );
}

/** A small copy of both meters that stays at the top of the screen on phones while the visitor acts. */
export function CompactMeters({ s, labels, note }: { s: Summary; labels: MeterLabels; note?: string }) {
  return (
    <div className="sticky top-0 z-20 -mx-4 border-b border-line-strong bg-page px-4 py-2 shadow-card md:hidden" role="group" aria-label={labels.compactLabel} data-testid="sim-compact">
      <div className="grid grid-cols-2 gap-3 text-xs">
        <div data-testid="compact-license">
          <p className="font-semibold">
            {fill(labels.compactLicense, { n: s.licensedDevices, seats: s.seatsBought })}
            {s.unlicensedActive ? <span className="ml-1 text-bad-ink">{fill(labels.compactUnlicensed, { n: s.unlicensedActive })}</span> : null}
          </p>
          <LicenseBar s={s} thin />
        </div>
        <div data-testid="compact-activations">
          <p className="mb-1 font-semibold">{fill(labels.compactActivations, { n: s.activationsUsed, limit: s.activationLimit ?? '—' })}</p>
          <ActivationBar s={s} thin />
        </div>
      </div>
      {note ? (
        <p className="mt-1 truncate text-xs font-semibold" data-testid="compact-note">
          {note}
        </p>
      ) : null}
    </div>
  );
}
