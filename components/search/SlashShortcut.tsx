'use client';

import { useEffect } from 'react';

/** "/" focuses the search box, unless the visitor is typing somewhere. */
export function SlashShortcut({ inputId }: { inputId: string }) {
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const el = event.target as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      event.preventDefault();
      document.getElementById(inputId)?.focus();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [inputId]);
  return null;
}
