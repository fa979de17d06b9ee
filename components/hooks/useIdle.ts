'use client';

import { useSyncExternalStore } from 'react';

// One store for the whole page: false until the page has loaded and the browser is idle
// (requestIdleCallback, or the next task where it is missing), then true for good. Islands that
// are not needed for the first paint (keyboard shortcuts, share detection) start their work then,
// so it never competes with painting the text or hydrating what is on screen.
let idle = false;
let scheduled = false;
const listeners = new Set<() => void>();

function markIdle() {
  idle = true;
  listeners.forEach((l) => l());
}

function schedule() {
  if (scheduled) return;
  scheduled = true;
  const afterLoad = () => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(markIdle, { timeout: 2000 });
    else window.setTimeout(markIdle, 0);
  };
  if (document.readyState === 'complete') afterLoad();
  else window.addEventListener('load', afterLoad, { once: true });
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  schedule();
  return () => {
    listeners.delete(listener);
  };
}

/** False on the server, during hydration and until the loaded page is idle; true afterwards. */
export function useIdle(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => idle,
    () => false,
  );
}
