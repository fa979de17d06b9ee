'use client';

import { useState, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { EmbedPlayerProps } from './EmbedPlayer';

/**
 * Shows the static view until Play is pressed, then loads the simulator and its words and swaps
 * it in. Kept small: every story step's page ships this loader, only step 7 uses it.
 */
export function EmbedLoader({
  locale,
  labels: [play, loading, failed],
  children,
  ...player
}: Omit<EmbedPlayerProps, 'labels'> & { locale: Locale; labels: [play: string, loading: string, failed: string]; children: ReactNode }) {
  // null: not started; true: loading; false: failed; else the loaded player.
  const [state, setState] = useState<ReactNode | boolean>(null);
  if (state && state !== true) return state;
  return (
    <>
      {children}
      <p className="needs-js mt-3">
        <button
          type="button"
          disabled={state === true}
          onClick={() => {
            setState(true);
            Promise.all([import('./EmbedPlayer'), locale === 'ja' ? import('@/content/ja/messages/simulator.json') : import('@/content/en/messages/simulator.json')]).then(
              ([{ EmbedPlayer }, words]) => setState(<EmbedPlayer labels={words.default} {...player} />),
              () => setState(false),
            );
          }}
          className="rounded border-2 border-link px-4 py-2 font-semibold"
          data-testid="simulator-embed-play"
        >
          {state === true ? loading : play}
        </button>
      </p>
      {state === false ? (
        <p role="alert" className="mt-2 text-bad-ink">
          {failed}
        </p>
      ) : null}
    </>
  );
}
