import type { ReactNode } from 'react';
import css from './WindowsDialog.module.css';

export interface WindowsDialogRow {
  label: string;
  value: ReactNode;
  /** Set for codes, so they are never broken across lines. */
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

/** Windows 7's caption close button: a red rounded plate with a white X (our own drawing). */
function CloseGlyph() {
  return (
    <svg viewBox="0 0 44 20" width="44" height="20" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="43" height="19" rx="3.5" fill="#c0392b" stroke="#7a1f16" />
      <rect x="1.5" y="1.5" width="41" height="8" rx="2.5" fill="#ffffff" opacity="0.25" />
      <path d="M17.5 5.5l9 9m0-9l-9 9" stroke="#3d0d08" strokeWidth="3.6" strokeLinecap="round" />
      <path d="M17.5 5.5l9 9m0-9l-9 9" stroke="#ffffff" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** The error icon (a red disc with a white X) or, for success, a green disc with a white tick. */
function StatusIcon({ variant }: { variant: 'error' | 'success' }) {
  const error = variant === 'error';
  return (
    <svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false" className={css.icon} data-dialog-icon={variant}>
      <circle cx="20" cy="20" r="18" fill={error ? '#c42b1c' : '#2b7d32'} stroke={error ? '#7f1a10' : '#1a4d1f'} strokeWidth="1.5" />
      <ellipse cx="20" cy="12" rx="13" ry="7.5" fill="#ffffff" opacity="0.22" />
      {error ? (
        <path d="M13.5 13.5l13 13m0-13l-13 13" stroke="#ffffff" strokeWidth="4" strokeLinecap="round" />
      ) : (
        <path d="M12 20.5l5.5 5.5L28.5 14" fill="none" stroke="#ffffff" strokeWidth="4" strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}

/** A small "this is a simulation" mark for the caption (a dashed screen outline). */
function SimulationMark() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="9" rx="1" fill="none" stroke="currentColor" strokeDasharray="2 1.5" />
      <path d="M5 14h6" stroke="currentColor" strokeLinecap="round" />
    </svg>
  );
}

/**
 * A look-alike of a Windows 7 activation message, drawn in CSS and SVG (no Microsoft logo),
 * labelled as a simulation: an Aero-style frame and title bar with the close button at the right,
 * the error (or success) icon, the heading in the blue of Windows' main instructions, the
 * "Code:" and "Description:" rows, and a footer band with the buttons at the bottom right.
 * Screen readers get it as text: a figure captioned with the simulation label. Nothing in it is
 * focusable unless `onClose` is given. A plain server-or-client component with no state: the
 * story, the simulator, the error pages and presenter mode all draw their dialogs with it.
 */
export function WindowsDialog({ title, simulationLabel, variant, heading, rows, children, buttons, onClose, closeLabel, footer, code, className = '' }: WindowsDialogProps) {
  return (
    <figure className={`not-prose my-6 w-full max-w-lg ${className}`} data-testid="windows-dialog" data-variant={variant} data-code={code ?? (variant === 'success' ? 'success' : undefined)}>
      <div className={css.frame}>
        <div className={css.titlebar} data-dialog-titlebar="">
          <span className={css.title}>{title}</span>
          {onClose ? (
            <button type="button" onClick={onClose} aria-label={closeLabel} className={css.close}>
              <CloseGlyph />
            </button>
          ) : (
            <span className={css.close}>
              <CloseGlyph />
            </span>
          )}
        </div>
        <div className={css.client}>
          <div className={css.body}>
            <StatusIcon variant={variant} />
            <div className={css.text}>
              <p className={css.heading}>{heading}</p>
              {children ? <div className={css.extra}>{children}</div> : null}
              {rows?.length ? (
                <dl className={css.rows}>
                  {rows.map((row) => (
                    <div key={row.label} className="contents">
                      <dt>{row.label}</dt>
                      <dd data-dialog-code={row.code ? '' : undefined}>{row.value}</dd>
                    </div>
                  ))}
                </dl>
              ) : null}
            </div>
          </div>
          {buttons?.length ? (
            // Windows 7 push buttons: light plates, the default (first) one edged in blue.
            <div className={css.buttons} data-dialog-buttons="">
              {buttons.map((caption, i) =>
                onClose && i === 0 ? (
                  <button key={caption} type="button" onClick={onClose} className={css.button}>
                    {caption}
                  </button>
                ) : (
                  <span key={caption} aria-hidden="true" className={css.button}>
                    {caption}
                  </span>
                ),
              )}
            </div>
          ) : null}
        </div>
      </div>
      {footer ? <div className={css.footer}>{footer}</div> : null}
      <figcaption className={css.caption}>
        <SimulationMark />
        {simulationLabel}
      </figcaption>
    </figure>
  );
}
