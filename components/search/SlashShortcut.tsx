'use client';

import { useEffect } from 'react';
import { useIdle } from '@/components/hooks/useIdle';

/**
 * "/" focuses the search box, unless the visitor is typing somewhere. The key listener is added
 * once the page is idle (not needed for the first paint); the box then carries
 * data-shortcut="ready", which the e2e test waits for.
 */
export function SlashShortcut({ inputId }: { inputId: string }) {
  const idle = useIdle();
  useEffect(() => {
    if (!idle) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      const el = event.target as HTMLElement | null;
      if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
      event.preventDefault();
      document.getElementById(inputId)?.focus();
    }
    window.addEventListener('keydown', onKey);
    document.getElementById(inputId)?.setAttribute('data-shortcut', 'ready');
    return () => window.removeEventListener('keydown', onKey);
  }, [idle, inputId]);
  return null;
}
