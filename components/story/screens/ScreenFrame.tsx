/** A neutral frame for recreated screens, always labelled as a simulation. */
export function ScreenFrame({ label, simulation, children }: { label: string; simulation: string; children: React.ReactNode }) {
  return (
    <figure className="not-prose my-6">
      <div className="overflow-hidden rounded-lg border-2 border-dashed border-line bg-page shadow-sm">
        <p className="border-b border-line bg-panel px-3 py-1 text-xs font-semibold uppercase tracking-wide text-muted">
          {simulation}
        </p>
        <div className="p-4">{children}</div>
      </div>
      <figcaption className="mt-1 text-sm text-muted">{label}</figcaption>
    </figure>
  );
}
