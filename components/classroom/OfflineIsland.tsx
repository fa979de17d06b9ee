'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { basePath } from '@/lib/site';
import { offlineState, registerOffline, subscribeOffline, type OfflineState } from './sw-store';

export type OfflineLabels = Record<'saving' | 'ready' | 'unsupported' | 'failed' | 'updated' | 'reload', string>;

/**
 * Registers the offline service worker (production builds only) and, with `status`, says how
 * far saving the lesson has got. An update always shows, as a notice with a reload button.
 */
export function OfflineIsland({ locale, labels, status }: { locale: string; labels: OfflineLabels; status: boolean }) {
  const state = useSyncExternalStore<OfflineState>(subscribeOffline, offlineState, () => 'idle');
  useEffect(() => {
    if (process.env.NODE_ENV === 'production') registerOffline(basePath, locale);
  }, [locale]);

  if (state === 'updated')
    return (
      <div role="status" className="fixed inset-x-4 bottom-4 z-[60] mx-auto flex max-w-lg flex-wrap items-center gap-3 rounded border border-line bg-panel p-3 text-ink shadow-lg" data-testid="offline-updated">
        <p>{labels.updated}</p>
        <button type="button" className="min-h-11 rounded border border-line-strong px-3 py-2 font-semibold" onClick={() => window.location.reload()}>
          {labels.reload}
        </button>
      </div>
    );
  if (!status) return null;
  return (
    <p role="status" className="mt-3 text-sm" data-testid="offline-status" data-state={state}>
      {state === 'idle' ? '' : labels[state]}
    </p>
  );
}
