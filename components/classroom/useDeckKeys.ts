'use client';

import { useEffect, useRef } from 'react';
import { isTyping } from '@/components/hooks/isTyping';
import { keyAction } from '@/lib/classroom/deck';

type MoveAction = 'next' | 'prev' | 'first' | 'last';

/** Arrow, Space, PageUp/Down, Home and End move the deck, except while typing in a field. */
export function useDeckKeys(enabled: boolean, onMove: (action: MoveAction) => void) {
  const handler = useRef(onMove);
  useEffect(() => {
    handler.current = onMove;
  });
  useEffect(() => {
    if (!enabled) return;
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const action = keyAction(event.key);
      if (action === 'next' || action === 'prev' || action === 'first' || action === 'last') {
        event.preventDefault();
        handler.current(action);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
