'use client';

import { useSyncExternalStore } from 'react';

const subscribeNever = () => () => {};

/**
 * False during server rendering and the hydration pass, true afterwards. Use it for what only
 * the browser knows (Web Share, the clipboard, a stored value), instead of setting state in an
 * effect.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}
