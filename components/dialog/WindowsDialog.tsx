import type { ReactNode } from 'react';

export interface WindowsDialogRow {
  label: string;
  value: ReactNode;
  /** Set for codes, so they are set in a monospace font and never broken. */
  code?: boolean;
}

export interface WindowsDialogProps {
  /** Title bar text, e.g. "Windows Activation" / "Windows のライセンス認証". */
  title: string;
  /** The visible "Simulation" label: the dialog is drawn by us, never Microsoft's. */
  simulationLabel: string;
  variant: 'error' | 'success';
  /** The dialog's heading line, e.g. "An error occurred during activation". */
  heading: string;
  /** "Code" and "Description" rows (error dialogs). */
  rows?: WindowsDialogRow[];
  /** Extra body text under the heading (success dialogs). */
  children?: ReactNode;
  /** Button captions drawn at the bottom right, as in Windows 7 (the first is the default). */
  buttons?: string[];
  /** When given, the title bar's close button and the default button really close it. */
  onClose?: () => void;
  /** Accessible name of the close button (required with onClose). */
  closeLabel?: string;
  /** Below the dialog, outside the window: for example the link to the code's page. */
  footer?: ReactNode;
  /** The error code shown (for tests and styling); 'success' for a success dialog. */
  code?: string;
  className?: string;
}

/**
 * A look-alike of a Windows 7 activation message, drawn in CSS and SVG (no Microsoft logo),
 * labelled as a simulation. A plain server-or-client component with no state of its own: the
 * story, the simulator, the error pages and presenter mode all draw their dialogs with it.
 */
export function WindowsDialog({ title, simulationLabel, variant, heading, rows, children, buttons, onClose, closeLabel, footer, code, className = '' }: WindowsDialogProps) {
  return (
    <figure className={`not-prose my-4 max-w-lg ${className}`} data-testid="windows-dialog" data-code={code ?? (variant === 'success' ? 'success' : undefined)}>
      <div className="overflow-hidden rounded border border-line bg-page shadow">
        <div className="flex items-center justify-between border-b border-line bg-panel px-3 py-1 text-sm">
          <span>{title}</span>
          {onClose ? (
            <button type="button" onClick={onClose} aria-label={closeLabel} className="px-2">
              ×
            </button>
          ) : (
            <span aria-hidden="true" className="px-2">
              ×
            </span>
          )}
        </div>
        <div className="flex gap-3 p-4">
          <span aria-hidden="true" className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full font-bold ${variant === 'success' ? 'bg-ok text-ok-ink' : 'bg-bad text-bad-ink'}`}>
            {variant === 'success' ? '✓' : '!'}
          </span>
          <div className="min-w-0">
            <p className="font-semibold">{heading}</p>
            {children}
            {rows?.length ? (
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 text-sm">
                {rows.map((row) => (
                  <div key={row.label} className="contents">
                    <dt>{row.label}</dt>
                    <dd className={row.code ? 'font-mono whitespace-nowrap' : undefined} data-dialog-code={row.code ? '' : undefined}>
                      {row.value}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </div>
        </div>
        {buttons?.length ? (
          <div className="flex justify-end gap-2 border-t border-line bg-panel px-3 py-2 text-sm">
            {buttons.map((caption, i) =>
              onClose && i === 0 ? (
                <button key={caption} type="button" onClick={onClose} className="rounded border border-line px-4 py-0.5">
                  {caption}
                </button>
              ) : (
                <span key={caption} aria-hidden="true" className="rounded border border-line px-4 py-0.5">
                  {caption}
                </span>
              ),
            )}
          </div>
        ) : null}
      </div>
      <figcaption className="mt-1 text-xs text-muted">{simulationLabel}</figcaption>
      {footer ? <div className="mt-2 text-sm">{footer}</div> : null}
    </figure>
  );
}
