/**
 * Our own drawing of the site's central idea: the PCs you may use (licences) and the activation
 * count are two different numbers. Drawn on the server from theme tokens; labelled for screen
 * readers by its title and description.
 */
export function TwoNumbers({
  labels,
}: {
  labels: { title: string; desc: string; seats: string; seatsNote: string; count: string; countNote: string; limit: string; not: string };
}) {
  const pcs = Array.from({ length: 10 }, (_, i) => i);
  return (
    <svg viewBox="0 0 480 210" className="h-auto w-full max-w-md" role="img" aria-labelledby="two-numbers-title two-numbers-desc" data-testid="two-numbers">
      <title id="two-numbers-title">{labels.title}</title>
      <desc id="two-numbers-desc">{labels.desc}</desc>
      <rect x="1" y="1" width="478" height="208" rx="12" className="fill-raised stroke-line" strokeWidth="2" />
      {/* Left: licences, the PCs one may use */}
      <text x="106" y="40" textAnchor="middle" className="fill-ink text-[17px] font-bold">
        {labels.seats}
      </text>
      <text x="106" y="62" textAnchor="middle" className="fill-muted text-[13px]">
        {labels.seatsNote}
      </text>
      {pcs.map((i) => {
        const x = 22 + (i % 5) * 34;
        const y = 86 + Math.floor(i / 5) * 44;
        return (
          <g key={i}>
            <rect x={x} y={y} width="28" height="20" rx="3" className={i < 3 ? 'fill-accent stroke-accent' : 'fill-none stroke-line-strong'} strokeWidth="2" />
            <rect x={x + 10} y={y + 22} width="8" height="6" className="fill-line-strong" />
          </g>
        );
      })}
      {/* Middle: not the same */}
      <text x="240" y="130" textAnchor="middle" className="fill-bad-ink text-[34px] font-bold">
        ≠
      </text>
      <text x="240" y="156" textAnchor="middle" className="fill-muted text-[12px]">
        {labels.not}
      </text>
      {/* Right: activation count against its limit */}
      <text x="362" y="40" textAnchor="middle" className="fill-ink text-[17px] font-bold">
        {labels.count}
      </text>
      <text x="362" y="62" textAnchor="middle" className="fill-muted text-[13px]">
        {labels.countNote}
      </text>
      <rect x="300" y="92" width="124" height="22" rx="4" className="fill-none stroke-line-strong" strokeWidth="2" />
      <rect x="302" y="94" width="120" height="18" rx="3" className="fill-bad-ink" />
      <line x1="424" y1="84" x2="424" y2="124" className="stroke-ink" strokeWidth="2" />
      <text x="424" y="140" textAnchor="end" className="fill-ink text-[12px]">
        {labels.limit}
      </text>
      <text x="362" y="186" textAnchor="middle" className="fill-bad-ink font-mono text-[14px] font-bold">
        0xC004C020
      </text>
    </svg>
  );
}
