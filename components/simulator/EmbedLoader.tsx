'use client';

import { useState, type ComponentType, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n/locales';
import type { EmbedPlayerProps } from './EmbedPlayer';
import type { DialogMessages } from './labels';

type Status = { kind: 'idle' | 'loading' | 'failed' } | { kind: 'ready'; Player: ComponentType<EmbedPlayerProps>; labels: EmbedPlayerProps['labels'] };

/** Shows the static view until Play is pressed, then loads the simulator and its words and swaps it in. */
export function EmbedLoader({
  locale,
  errorBase,
  dialogMessages,
  labels,
  children,
}: {
  locale: Locale;
  errorBase: string;
  dialogMessages: DialogMessages;
  labels: { play: string; loading: string; failed: string };
  children: ReactNode;
}) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  function play() {
    setStatus({ kind: 'loading' });
    const words = locale === 'ja' ? import('@/content/ja/messages/simulator.json') : import('@/content/en/messages/simulator.json');
    Promise.all([import('./EmbedPlayer'), words])
      .then(([mod, m]) => setStatus({ kind: 'ready', Player: mod.EmbedPlayer, labels: m.default }))
      .catch(() => setStatus({ kind: 'failed' }));
  }

  if (status.kind === 'ready') {
    const { Player } = status;
    return <Player labels={status.labels} errorBase={errorBase} dialogMessages={dialogMessages} />;
  }
  return (
    <>
      {children}
      <p className="needs-js mt-3">
        <button type="button" onClick={play} disabled={status.kind === 'loading'} className="rounded border-2 border-link px-4 py-2 font-semibold" data-testid="simulator-embed-play">
          {status.kind === 'loading' ? labels.loading : labels.play}
        </button>
      </p>
      {status.kind === 'failed' ? (
        <p role="alert" className="mt-2 text-bad-ink">
          {labels.failed}
        </p>
      ) : null}
    </>
  );
}
