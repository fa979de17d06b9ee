'use client';

import { useCallback, useEffect, useRef } from 'react';
import { readQueryParam, setQueryParams, useQueryParam } from '@/components/hooks/useQueryParam';
import { useHydrated } from '@/components/hooks/useHydrated';
import { channelName, parseMessage, parseStep } from '@/lib/classroom/deck';

/**
 * The deck's current slide, shared by the presenter and the speaker view. The address bar is the
 * one source of truth (`?step=N`, read through useQueryParam, so back/forward just work); a
 * BroadcastChannel per language keeps the other window on the same slide, both ways. The
 * presenter pushes history entries; the speaker view replaces its own. A speaker view that
 * opens says hello, and the presenter answers with its slide.
 */
export function useDeckSync(locale: string, total: number, role: 'presenter' | 'speaker') {
  const hydrated = useHydrated();
  const [raw] = useQueryParam('step');
  const { step, corrected } = parseStep(raw, total);
  const channel = useRef<BroadcastChannel | null>(null);

  const go = useCallback(
    (next: number, { broadcast = true }: { broadcast?: boolean } = {}) => {
      setQueryParams({ step: String(next) }, { push: role === 'presenter' });
      if (broadcast) channel.current?.postMessage({ type: 'goto', step: next });
    },
    [role],
  );

  useEffect(() => {
    if (!('BroadcastChannel' in window)) return;
    const current = () => parseStep(readQueryParam('step'), total).step;
    const ch = new BroadcastChannel(channelName(locale));
    channel.current = ch;
    ch.onmessage = (event: MessageEvent) => {
      const msg = parseMessage(event.data, total);
      if (!msg) return;
      if (msg.type === 'hello') {
        if (role === 'presenter') ch.postMessage({ type: 'goto', step: current() });
      } else if (msg.step !== current()) go(msg.step, { broadcast: false });
    };
    if (role === 'speaker') ch.postMessage({ type: 'hello', step: current() });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [locale, total, role, go]);

  return { ready: hydrated, step: hydrated ? step : 1, corrected: hydrated && corrected, go };
}
