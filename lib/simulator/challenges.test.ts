import { describe, expect, it } from 'vitest';
import { challengeIds, challengeParams, goals, progress, run, type SimEvent } from './index';
import en from '../../content/en/messages/simulator.json';
import ja from '../../content/ja/messages/simulator.json';

const times = (n: number, e: SimEvent) => Array.from({ length: n }, () => e);
const stateAfter = (events: SimEvent[]) => run({ params: challengeParams, events }).state;

// The tour, played by hand: a firm with 3 licenses and a key with 6 activations.
const tour: SimEvent[] = [
  ...times(3, { t: 'activate' }), // 1. PCs 1-3 activated and licensed (3 of 6 activations)
  { t: 'reinstall', pc: 2 }, // 2. 4 of 6 activations; still 3 licensed PCs
  { t: 'retire', pc: 1 },
  { t: 'activate' }, // 3. PC 4 activated (5 of 6) but unlicensed
  { t: 'leak' }, // buyer 1: activated (6 of 6), unlicensed
  { t: 'leak' }, // 4. buyer 2: 0xC004C020
  { t: 'block' },
  { t: 'leak' }, // 5. buyer 3: 0xC004C003
];

describe('challenge goals', () => {
  it('activate: done when all 3 licenses are on activated PCs, not before', () => {
    expect(goals.activate(stateAfter(times(2, { t: 'activate' })))).toBe(false);
    expect(goals.activate(stateAfter(times(3, { t: 'activate' })))).toBe(true);
  });

  it('activate: buyers’ PCs do not count towards the firm’s licenses', () => {
    expect(goals.activate(stateAfter([{ t: 'activate' }, { t: 'leak' }, { t: 'leak' }]))).toBe(false);
  });

  it('reinstall: done after any reinstall', () => {
    expect(goals.reinstall(stateAfter([{ t: 'activate' }]))).toBe(false);
    expect(goals.reinstall(stateAfter([{ t: 'activate' }, { t: 'reinstall', pc: 1 }]))).toBe(true);
  });

  it('retire: retiring alone is not enough; the replacement activates and has no license', () => {
    const retiredOnly = stateAfter([...times(3, { t: 'activate' }), { t: 'retire', pc: 1 }]);
    expect(goals.retire(retiredOnly)).toBe(false);
    const replaced = stateAfter([...times(3, { t: 'activate' }), { t: 'retire', pc: 1 }, { t: 'activate' }]);
    expect(goals.retire(replaced)).toBe(true);
    expect(replaced.machines[3]).toMatchObject({ activated: true, licensed: false });
  });

  it('retire: with Software Assurance the replacement is licensed, so the goal is not met', () => {
    const state = run({ params: { ...challengeParams, sa: true }, events: [...times(3, { t: 'activate' }), { t: 'retire', pc: 1 }, { t: 'activate' }] }).state;
    expect(goals.retire(state)).toBe(false);
  });

  it('sell: done when a buyer is refused with 0xC004C020, not while sales still activate', () => {
    expect(goals.sell(stateAfter(times(6, { t: 'leak' })))).toBe(false);
    expect(goals.sell(stateAfter(times(7, { t: 'leak' })))).toBe(true);
  });

  it('block: blocking is not enough; a new activation must be refused with 0xC004C003', () => {
    expect(goals.block(stateAfter([{ t: 'activate' }, { t: 'block' }]))).toBe(false);
    expect(goals.block(stateAfter([{ t: 'activate' }, { t: 'block' }, { t: 'activate' }]))).toBe(true);
  });
});

describe('progress', () => {
  it('an empty scenario starts at the first challenge', () => {
    expect(progress({ params: challengeParams, events: [] })).toEqual({ doneAt: [null, null, null, null, null], current: 0 });
  });

  it('the tour completes every challenge, each at the event written beside it', () => {
    expect(progress({ params: challengeParams, events: tour })).toEqual({ doneAt: [3, 4, 6, 8, 10], current: 5 });
  });

  it('a later goal met early counts only once the earlier challenges are done', () => {
    // Reinstall first, then activate the 3 PCs: the reinstall challenge completes with the activate one.
    const p = progress({ params: challengeParams, events: [{ t: 'activate' }, { t: 'reinstall', pc: 1 }, { t: 'activate' }, { t: 'activate' }] });
    expect(p.doneAt.slice(0, 2)).toEqual([4, 4]);
    expect(p.current).toBe(2);
  });

  it('a challenge stays done when a later event undoes its goal', () => {
    // After retiring PC 1 only 2 licensed PCs remain activated, but challenge 1 stays done.
    const p = progress({ params: challengeParams, events: tour.slice(0, 5) });
    expect(p.doneAt[0]).toBe(3);
  });
});

describe('messages', () => {
  it('every challenge has a goal, a hint and an insight in both languages', () => {
    for (const m of [en, ja] as { challenges: { items: Record<string, Record<string, string>> } }[]) {
      for (const id of challengeIds) {
        for (const part of ['title', 'goal', 'insight']) expect(m.challenges.items[id]?.[part], `${id}.${part}`).toBeTruthy();
      }
    }
  });
});
