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

/**
 * A look-alike of a Windows 7 activation message, drawn in CSS (its glyphs are SVG images in WindowsDialog.module.css, so they are not
 * sent in the page's payload; no Microsoft logo),
 * labelled as a simulation: an Aero-style frame and title bar with the close button at the right,
 * the error (or success) icon, the heading in the blue of Windows' main instructions, the
 * "Code:" and "Description:" rows, and a footer band with the buttons at the bottom right.
 * Screen readers get it as text: a figure captioned with the simulation label. Nothing in it is
 * focusable unless `onClose` is given. A plain server-or-client component with no state: the
 * story, the simulator, the error pages and presenter mode all draw their dialogs with it.
 */
export function WindowsDialog({ title, simulationLabel, variant, heading, rows, children, buttons, onClose, closeLabel, footer, code, className = '' }: WindowsDialogProps) {
  return (
    <figure className={`not-prose ${css.figure} ${className}`} data-testid="windows-dialog" data-variant={variant} data-code={code ?? (variant === 'success' ? 'success' : undefined)}>
      <div className={css.frame}>
        <div className={css.titlebar} data-dialog-titlebar="">
          <span className={css.title}>{title}</span>
          {onClose ? (
            <button type="button" onClick={onClose} aria-label={closeLabel} className={css.close} />
          ) : (
            <span className={css.close} />
          )}
        </div>
        <div className={css.client}>
          <div className={css.body}>
            <span className={css.icon} data-dialog-icon={variant} />
            <div className={css.text}>
              <p className={css.heading}>{heading}</p>
              {children ? <div className={css.extra}>{children}</div> : null}
              {rows?.length ? (
                <dl className={css.rows}>
                  {rows.map((row) => (
                    <div key={row.label}>
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
        {simulationLabel}
      </figcaption>
    </figure>
  );
}
