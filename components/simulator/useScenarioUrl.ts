'use client';

import { useMemo } from 'react';
import { setQueryParams, useQueryParam } from '@/components/hooks/useQueryParam';
import { challengeParams, isPresetId, parse, scenarioFromPreset, serialise, type Correction, type Scenario } from '@/lib/simulator';

export interface UrlScenario {
  scenario: Scenario;
  corrections: Correction[];
  /** The challenges are on (`guide=1`, or a page opened without a scenario). */
  guided: boolean;
  /** Opened with `?preset=…`: the full scenario should replace it in the address bar. */
  fromPreset: boolean;
}

/**
 * The simulator's scenario, read from the address bar (so a copied link shows exactly this
 * state) through the shared query-parameter store: no state is set in an effect. On the server
 * and during hydration every parameter is null, so the first render is the empty first challenge.
 */
export function useScenarioUrl(): UrlScenario {
  const [seats] = useQueryParam('seats');
  const [limit] = useQueryParam('limit');
  const [key] = useQueryParam('key');
  const [sa] = useQueryParam('sa');
  const [reinstall] = useQueryParam('reinstall');
  const [flag] = useQueryParam('flag');
  const [ev] = useQueryParam('ev');
  const [preset] = useQueryParam('preset');
  const [guide] = useQueryParam('guide');

  return useMemo(() => {
    const corrections: Correction[] = [];
    if (preset !== null) {
      if (isPresetId(preset)) return { scenario: scenarioFromPreset(preset), corrections, guided: false, fromPreset: true };
      corrections.push({ field: 'preset', problem: 'unknown-value', applied: '' });
    }
    const q = new URLSearchParams();
    for (const [name, value] of Object.entries({ seats, limit, key, sa, reinstall, flag, ev })) if (value !== null) q.set(name, value);
    if (![...q.keys()].length) return { scenario: { params: challengeParams, events: [] }, corrections, guided: guide !== '0', fromPreset: false };
    const parsed = parse(q);
    return { scenario: parsed.scenario, corrections: [...corrections, ...parsed.corrections], guided: guide === '1', fromPreset: false };
  }, [seats, limit, key, sa, reinstall, flag, ev, preset, guide]);
}

/** Writes a scenario to the address bar (replacing the entry: undo lives in the page). */
export function writeScenario(scenario: Scenario, guided: boolean) {
  const values: Record<string, string | null> = Object.fromEntries(new URLSearchParams(serialise(scenario)));
  setQueryParams({ ...values, preset: null, guide: guided ? '1' : null });
}
