'use client';

import { useCallback, useSyncExternalStore } from 'react';

// One store per localStorage key, shared by every island on the page and by other tabs
// (the storage event). What is stored may be broken or foreign: `parse` must accept any string
// (or null) and return a valid value; it is never trusted as it comes.
const listeners = new Map<string, Set<() => void>>();
const cache = new Map<string, { raw: string | null; value: unknown }>();

function readRaw(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function notify(key: string) {
  listeners.get(key)?.forEach((l) => l());
}

function read<T>(key: string, parse: (raw: string | null) => T): T {
  const raw = readRaw(key);
  const hit = cache.get(key);
  if (hit && hit.raw === raw) return hit.value as T;
  const value = parse(raw);
  cache.set(key, { raw, value });
  return value;
}

/** Writes a value as JSON (or removes it when null); storage that is full or off is ignored. */
export function writeStoredJson(key: string, value: unknown) {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage may be full or blocked: what is stored is a convenience, never required.
  }
  notify(key);
}

/**
 * A value kept in localStorage as JSON: [value, set]. `fallback` is used on the server, during
 * hydration, and whenever parse finds nothing valid; `parse` and `fallback` should be stable
 * (module-level) so the snapshot is cached.
 */
export function useStoredJson<T>(key: string, parse: (raw: string | null) => T, fallback: T): [T, (value: T | null) => void] {
  const subscribe = useCallback(
    (listener: () => void) => {
      const set = listeners.get(key) ?? new Set();
      set.add(listener);
      listeners.set(key, set);
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        set.delete(listener);
        window.removeEventListener('storage', onStorage);
      };
    },
    [key],
  );
  const value = useSyncExternalStore(
    subscribe,
    () => read(key, parse),
    () => fallback,
  );
  const set = useCallback((next: T | null) => writeStoredJson(key, next), [key]);
  return [value, set];
}
