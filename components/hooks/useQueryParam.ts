'use client';

import { useCallback, useSyncExternalStore } from 'react';

// Every island that reads the query string shares one store; writing through setQueryParam
// notifies them all, and back/forward (popstate) does too.
const listeners = new Set<() => void>();
const changeEvent = 'query-param-change';

function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  window.addEventListener(changeEvent, listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
    window.removeEventListener(changeEvent, listener);
  };
}

/** Reads one query parameter (null when absent, on the server and during hydration). */
export function readQueryParam(name: string): string | null {
  try {
    return new URLSearchParams(window.location.search).get(name);
  } catch {
    return null;
  }
}

/**
 * Writes query parameters (null removes one) with history.replaceState, or pushState when
 * `push` is set, keeping the path and #fragment, and tells every useQueryParam reader.
 */
export function setQueryParams(values: Record<string, string | null>, { push = false }: { push?: boolean } = {}) {
  const url = new URL(window.location.href);
  for (const [name, value] of Object.entries(values)) {
    if (value === null) url.searchParams.delete(name);
    else url.searchParams.set(name, value);
  }
  const next = url.pathname + url.search + url.hash;
  if (next === window.location.pathname + window.location.search + window.location.hash) return;
  if (push) window.history.pushState(window.history.state, '', next);
  else window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new Event(changeEvent));
}

/**
 * One query parameter as state: [value, set]. The value is null on the server and during
 * hydration, so the first render matches the static HTML; then it follows the address bar.
 */
export function useQueryParam(name: string): [string | null, (value: string | null, options?: { push?: boolean }) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => readQueryParam(name),
    () => null,
  );
  const set = useCallback((next: string | null, options?: { push?: boolean }) => setQueryParams({ [name]: next }, options), [name]);
  return [value, set];
}
