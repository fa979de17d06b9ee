import { defaultParams } from './url';
import type { Scenario, SimEvent } from './types';

/** The four scenarios the story links to. Numbers are illustrative: Microsoft publishes no formula. */
export const presetIds = ['asker', 'firm', 'reseller', 'retail'] as const;
export type PresetId = (typeof presetIds)[number];

const times = (n: number, e: SimEvent): SimEvent[] => Array.from({ length: n }, () => e);

export const presets: Record<PresetId, Scenario> = {
  // A firm's key (10 seats, 25 activations) already sold to 13 buyers. The asker (buyer 14)
  // activates two PCs; the next buyer gets 0xC004C020; Microsoft blocks the key; the one after
  // gets 0xC004C003; a later validation check cannot say what happens to the asker's PCs.
  asker: {
    params: { ...defaultParams, seats: 10, limit: 25 },
    events: [...times(10, { t: 'activate' }), ...times(13, { t: 'leak' }), { t: 'leak' }, { t: 'buyerPc', buyer: 14 }, { t: 'leak' }, { t: 'block' }, { t: 'leak' }, { t: 'validate' }],
  },
  // A firm with 10 licenses over a year: reinstalls, a new motherboard, then an old PC is retired
  // and a new one activated. Within the activation limit, yet the new PC has no license: the
  // retired PC's volume upgrade license stayed with it (no Software Assurance).
  firm: {
    params: { ...defaultParams, seats: 10, limit: 25 },
    events: [
      ...times(10, { t: 'activate' }),
      { t: 'reinstall', pc: 1 },
      { t: 'reinstall', pc: 2 },
      { t: 'reinstall', pc: 3 },
      { t: 'motherboard', pc: 4 },
      { t: 'retire', pc: 5 },
      { t: 'activate' },
      { t: 'reinstall', pc: 6 },
      { t: 'validate' },
    ],
  },
  // One key spread buyer after buyer until the count is gone, then blocked.
  reseller: {
    params: { ...defaultParams, seats: 5, limit: 12 },
    events: [...times(5, { t: 'activate' }), ...times(7, { t: 'leak' }), { t: 'leak' }, { t: 'leak' }, { t: 'block' }, { t: 'leak' }, { t: 'validate' }],
  },
  // For contrast: one retail license, reinstalled, moved to new hardware, then to a new PC.
  retail: {
    params: { ...defaultParams, seats: 1, key: 'retail' },
    events: [{ t: 'activate' }, { t: 'reinstall', pc: 1 }, { t: 'motherboard', pc: 1 }, { t: 'retire', pc: 1 }, { t: 'activate' }, { t: 'validate' }],
  },
};

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (presetIds as readonly string[]).includes(value);
}

export function scenarioFromPreset(id: PresetId): Scenario {
  const p = presets[id];
  return { params: { ...p.params, assumptions: { ...p.params.assumptions } }, events: [...p.events] };
}

/**
 * The story's step 7 embed: the asker's case up to the asker's own two activations (buyer 14),
 * when the key's count is just used up and not yet blocked, so the visitor plays the rest.
 */
export function askerSoFar(): Scenario {
  const p = presets.asker;
  return { params: { ...p.params, assumptions: { ...p.params.assumptions } }, events: p.events.slice(0, 25) };
}
