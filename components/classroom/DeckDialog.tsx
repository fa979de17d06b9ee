'use client';

import { useEffect, useRef } from 'react';

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal on the native <dialog> (showModal): the rest of the page is inert, focus moves in and
 * Tab cycles inside it, Esc closes it, and focus goes back to what had it before (the button
 * that opened it). `open` is the single source of truth; closing in any way calls onClose.
 */
export function DeckDialog({ open, label, onClose, closeLabel, children, testId }: { open: boolean; label: string; onClose: () => void; closeLabel: string; children: React.ReactNode; testId?: string }) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [open]);

  function onKeyDown(event: React.KeyboardEvent<HTMLDialogElement>) {
    if (event.key !== 'Tab') return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(focusable) ?? [])];
    if (!items.length) return;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return (
    <dialog
      ref={ref}
      aria-label={label}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        if (open) onClose();
      }}
      onKeyDown={onKeyDown}
      className="m-auto max-h-[90vh] max-w-[95vw] overflow-auto rounded-lg border border-line bg-page p-6 text-ink shadow-xl backdrop:bg-black/60"
      data-testid={testId}
    >
      {open ? (
        <>
          {children}
          <button type="button" data-autofocus="" className="mt-4 min-h-11 rounded border border-line-strong px-4 py-2" onClick={onClose}>
            {closeLabel} (Esc)
          </button>
        </>
      ) : null}
    </dialog>
  );
}
