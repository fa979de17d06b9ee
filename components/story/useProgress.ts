'use client';

import { useSyncExternalStore } from 'react';
import { emptyProgress, parseProgress, progressStorageKey, serialiseProgress, type Progress } from '@/lib/story/progress';

// One shared store over localStorage, so every island on a page sees the same progress.
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedValue: Progress = emptyProgress;

function readRaw(): string | null {
  try {
    return localStorage.getItem(progressStorageKey);
  } catch {
    return null;
  }
}

function snapshot(): Progress {
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    cachedValue = parseProgress(raw);
  }
  return cachedValue;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === progressStorageKey) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function updateProgress(change: (p: Progress) => Progress) {
  const next = change(snapshot());
  try {
    localStorage.setItem(progressStorageKey, serialiseProgress(next));
  } catch {
    // Storage may be full or blocked: progress is a convenience, never required.
  }
  listeners.forEach((l) => l());
}

export function clearProgress() {
  try {
    localStorage.removeItem(progressStorageKey);
  } catch {
    // ignore
  }
  listeners.forEach((l) => l());
}

export function useProgress(): Progress {
  return useSyncExternalStore(subscribe, snapshot, () => emptyProgress);
}
