'use client';

import { swPaths } from '@/lib/classroom/offline.mjs';

/**
 * The offline service worker's state for this page, as a tiny store for useSyncExternalStore:
 * registering happens once per page, and only where the browser has service workers.
 */
export type OfflineState = 'idle' | 'unsupported' | 'saving' | 'ready' | 'updated' | 'failed';

let state: OfflineState = 'idle';
let started = false;
const listeners = new Set<() => void>();

function set(next: OfflineState) {
  if (state === 'updated' && next === 'ready') return;
  state = next;
  listeners.forEach((l) => l());
}

export function subscribeOffline(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const offlineState = () => state;

export function registerOffline(basePath: string, locale: string) {
  if (started) return;
  started = true;
  if (!('serviceWorker' in navigator)) return set('unsupported');
  const sw = navigator.serviceWorker;
  // A page that already had a worker and sees a new one take over is running an update.
  const hadController = !!sw.controller;
  sw.addEventListener('controllerchange', () => {
    if (hadController) set('updated');
  });
  const { script, scope } = swPaths(basePath, locale);
  sw.register(script, { scope })
    .then((registration) => {
      set(registration.active && !registration.installing ? 'ready' : 'saving');
      // A worker that fails to save a file becomes redundant: say so instead of "saving" forever.
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'redundant' && !registration.active) set('failed');
      });
      return sw.ready;
    })
    .then(() => set('ready'))
    .catch(() => set('failed'));
}
