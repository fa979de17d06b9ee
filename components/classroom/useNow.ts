'use client';

import { useSyncExternalStore } from 'react';

// One ticking clock for the page: subscribers are told once a second.
function subscribe(listener: () => void) {
  const id = window.setInterval(listener, 1000);
  return () => window.clearInterval(id);
}

/** The time now in milliseconds, updated every second (0 on the server and during hydration). */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => Math.floor(Date.now() / 1000) * 1000,
    () => 0,
  );
}
