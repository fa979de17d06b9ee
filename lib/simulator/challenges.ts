import { defaultParams } from './url';
import { step, initialState } from './reducer';
import type { Params, Scenario, State } from './types';

/**
 * The guided tour: short challenges, each ending in an insight. A goal is a pure predicate over
 * the simulator's state; progress replays the scenario event by event, so a challenge counts as
 * done only once the ones before it are done.
 */
export const challengeIds = ['activate', 'reinstall', 'retire', 'sell', 'block'] as const;
export type ChallengeId = (typeof challengeIds)[number];

/** A small firm, so every challenge takes a few presses: 3 licenses, a key with 6 activations. */
export const challengeParams: Params = { ...defaultParams, seats: 3, limit: 6, assumptions: { ...defaultParams.assumptions } };

const holderLive = (s: State) => s.machines.filter((m) => m.owner.kind === 'holder' && !m.retired);

export const goals: Record<ChallengeId, (s: State) => boolean> = {
  /** Every license the firm bought is on an activated PC. */
  activate: (s) => holderLive(s).filter((m) => m.licensed && m.activated).length >= s.params.seats,
  /** Windows was reinstalled on some PC. */
  reinstall: (s) => s.machines.some((m) => m.reinstalls > 0),
  /** A PC was retired, and every PC in use is activated, yet one of them has no license. */
  retire: (s) => {
    const live = s.machines.filter((m) => !m.retired);
    return s.machines.some((m) => m.retired) && live.length > 0 && live.every((m) => m.activated) && live.some((m) => !m.licensed);
  },
  /** A buyer's PC was refused because the count ran out (0xC004C020). */
  sell: (s) => s.machines.some((m) => m.owner.kind === 'buyer' && m.error === '0xC004C020'),
  /** The key is blocked, and a new activation was refused with 0xC004C003. */
  block: (s) => s.blocked && s.machines.some((m) => m.error === '0xC004C003'),
};

/** Where each challenge's insight is explained (a site path without the locale). */
export const lessons: Record<ChallengeId, string> = {
  activate: 'learn/seats-vs-activations',
  reinstall: 'learn/seats-vs-activations',
  retire: 'story/not-a-license',
  sell: 'errors/0xc004c020',
  block: 'errors/0xc004c003',
};

export interface Progress {
  /** For each challenge, the number of events after which it was done, or null. */
  doneAt: (number | null)[];
  /** The index of the challenge to play now; equals the number of challenges when all are done. */
  current: number;
}

export function progress(scenario: Scenario): Progress {
  const doneAt: (number | null)[] = challengeIds.map(() => null);
  let current = 0;
  let state = initialState(scenario.params);
  const advance = (n: number) => {
    while (current < challengeIds.length && goals[challengeIds[current]!](state)) {
      doneAt[current] = n;
      current++;
    }
  };
  advance(0);
  scenario.events.forEach((e, i) => {
    state = step(state, e).state;
    advance(i + 1);
  });
  return { doneAt, current };
}
