import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { askerSoFar, defaultParams, isLicensed, parse, presets, run, rules, serialise, step, initialState, summarise, bounds, type Params, type Scenario, type SimEvent } from './index';
import sources from '../../content/sources.json';
import en from '../../content/en/messages/simulator.json';
import ja from '../../content/ja/messages/simulator.json';

const mak = (over: Partial<Params> = {}): Params => ({ ...defaultParams, ...over, assumptions: { ...defaultParams.assumptions, ...(over.assumptions ?? {}) } });
const play = (params: Params, events: SimEvent[]) => run({ params, events });
const times = (n: number, e: SimEvent) => Array.from({ length: n }, () => e);

describe('documented rules', () => {
  it('MS-ACT / TN-MAK: every activation through Microsoft counts against the limit', () => {
    const { state } = play(mak({ seats: 3, limit: 5 }), times(3, { t: 'activate' }));
    expect(state.used).toBe(3);
  });

  it('MS-ERR: when the count is used up, a new activation fails with 0xC004C020', () => {
    const { log, state } = play(mak({ seats: 2, limit: 2 }), times(3, { t: 'activate' }));
    expect(log[2]!.result).toMatchObject({ ok: false, code: '0xC004C020' });
    expect(state.used).toBe(2);
  });

  it('MS-C003: once the key is blocked, activation fails with 0xC004C003, before the count is checked', () => {
    const { log } = play(mak({ limit: 1 }), [{ t: 'activate' }, { t: 'block' }, { t: 'activate' }, { t: 'leak' }]);
    expect(log[2]!.result).toMatchObject({ ok: false, code: '0xC004C003' });
    expect(log[3]!.result).toMatchObject({ ok: false, code: '0xC004C003' });
  });

  it('M365-KEYS: more activations are granted by exception, and not for a blocked key', () => {
    const granted = play(mak({ seats: 10, limit: 10 }), [{ t: 'more' }]);
    expect(granted.state.limit).toBe(20);
    const refused = play(mak(), [{ t: 'block' }, { t: 'more' }]);
    expect(refused.log[1]!.result).toMatchObject({ ok: false, kind: 'refused' });
  });

  it('TN-BLOG-2013 / BRIEF-JA: a retired PC frees neither a license nor an activation; its replacement activates but is unlicensed', () => {
    const { state, log } = play(mak({ seats: 2, limit: 5 }), [{ t: 'activate' }, { t: 'activate' }, { t: 'retire', pc: 1 }, { t: 'activate' }]);
    expect(log[3]!.result).toMatchObject({ ok: true, kind: 'activated', pc: 3 });
    expect(state.used).toBe(3);
    expect(isLicensed(state, 3)).toBe(false);
    const s = summarise(state);
    expect(s.licensedDevices).toBe(1);
    expect(s.seatsLost).toBe(1);
    expect(s.seatsFree).toBe(0);
    expect(s.unlicensedActive).toBe(1);
  });

  it('BRIEF-JA: with Software Assurance the retired PC’s license moves to the replacement; the activation still does not come back', () => {
    const { state, log } = play(mak({ seats: 2, limit: 5, sa: true }), [{ t: 'activate' }, { t: 'activate' }, { t: 'retire', pc: 1 }, { t: 'activate' }]);
    expect(log[2]!.result).toMatchObject({ ok: true, kind: 'retired-moved' });
    expect(isLicensed(state, 3)).toBe(true);
    expect(state.used).toBe(3);
    expect(summarise(state).unlicensedActive).toBe(0);
  });

  it('W7-EULA: a retail license may move to the owner’s next PC', () => {
    const { state } = run(presets.retail);
    expect(isLicensed(state, 2)).toBe(true);
    expect(isLicensed(state, 1)).toBe(false);
  });

  it('M365-KEYS / TN-BLOG-2013: a buyer’s PC is never licensed, whatever the counter says', () => {
    const { state } = play(mak({ seats: 10, limit: 25 }), [{ t: 'leak' }, { t: 'buyerPc', buyer: 1 }]);
    const s = summarise(state);
    expect(s.activationsUsed).toBe(2);
    expect(s.licensedDevices).toBe(0);
    expect(s.unlicensedActive).toBe(2);
    expect(isLicensed(state, 1)).toBe(false);
  });

  it('M365-KEYS: the holder’s PCs beyond the seats are not licensed either', () => {
    const s = summarise(play(mak({ seats: 2, limit: 10 }), times(3, { t: 'activate' })).state);
    expect(s.licensedDevices).toBe(2);
    expect(s.unlicensedActive).toBe(1);
  });

  it('W7-GENUINE: validation checks the key, not licenses: a buyer’s PC passes while the key is not blocked', () => {
    const { state } = play(mak(), [{ t: 'leak' }, { t: 'validate' }]);
    expect(state.machines[0]!.validation).toBe('genuine');
  });
});

describe('named assumptions', () => {
  it('reinstall-uses-activation (switchable): on, a reinstall uses an activation; off, it does not', () => {
    const on = play(mak({ assumptions: { reinstallUsesActivation: true, blockFlagsExisting: false } }), [{ t: 'activate' }, { t: 'reinstall', pc: 1 }]);
    const off = play(mak({ assumptions: { reinstallUsesActivation: false, blockFlagsExisting: false } }), [{ t: 'activate' }, { t: 'reinstall', pc: 1 }]);
    expect(on.state.used).toBe(2);
    expect(off.state.used).toBe(1);
  });

  it('block-flags-existing (switchable): PCs activated before a block are flagged, or their fate is unknown', () => {
    const events: SimEvent[] = [{ t: 'activate' }, { t: 'block' }, { t: 'validate' }];
    expect(play(mak({ assumptions: { reinstallUsesActivation: true, blockFlagsExisting: true } }), events).state.machines[0]!.validation).toBe('not-genuine');
    expect(play(mak({ assumptions: { reinstallUsesActivation: true, blockFlagsExisting: false } }), events).state.machines[0]!.validation).toBe('unknown');
  });

  it('motherboard-is-new-hardware: a new motherboard needs a new activation, and fails when the count is gone', () => {
    const ok = play(mak({ limit: 5 }), [{ t: 'activate' }, { t: 'motherboard', pc: 1 }]);
    expect(ok.state.used).toBe(2);
    const full = play(mak({ limit: 1 }), [{ t: 'activate' }, { t: 'motherboard', pc: 1 }]);
    expect(full.log[1]!.result).toMatchObject({ ok: false, code: '0xC004C020' });
    expect(full.state.machines[0]!.activated).toBe(false);
  });

  it('retail-limit-unpublished: a retail key has no modelled count and moves with its owner', () => {
    const { state, log } = run(presets.retail);
    expect(log.every((e) => e.result.ok)).toBe(true);
    const s = summarise(state);
    expect(s.activationLimit).toBeNull();
    expect(s.licensedDevices).toBe(1);
  });

  it('every rule has its text in both languages', () => {
    for (const m of [en, ja] as { ruleText: Record<string, string> }[]) for (const rule of rules) expect(m.ruleText[rule.id], rule.id).toBeTruthy();
  });

  it('every rule cites sources that exist', () => {
    const known = new Set((sources as { id: string }[]).map((s) => s.id));
    for (const rule of rules) for (const id of rule.sources) expect(known.has(id), `${rule.id}: ${id}`).toBe(true);
  });
});

describe('presets', () => {
  const codes = (sc: Scenario) => run(sc).log.flatMap((e) => ('code' in e.result ? [e.result.code] : []));
  it('the asker’s case shows 0xC004C020 and then 0xC004C003, and the asker’s own PCs activate', () => {
    const { log } = run(presets.asker);
    expect(codes(presets.asker)).toEqual(['0xC004C020', '0xC004C003']);
    expect(log[23]!.result.ok).toBe(true);
    expect(log[24]!.result.ok).toBe(true);
  });
  it('the firm stays within its activation limit, but the PC that replaced a retired one has no license', () => {
    expect(codes(presets.firm)).toEqual([]);
    const { state } = run(presets.firm);
    const s = summarise(state);
    // 10 licenses, all assigned to PCs 1-10; PC 5 retired with its license; PC 11 activated, unlicensed.
    expect(s.licensedDevices).toBe(9);
    expect(s.unlicensedActive).toBe(1);
    expect(isLicensed(state, 11)).toBe(false);
    expect(state.machines.find((m) => m.id === 11)!.activated).toBe(true);
    expect(s.activationsUsed).toBeLessThanOrEqual(s.activationLimit!);
  });
  it('the story’s embed starts after the asker’s two PCs: 25 of 25 used, nothing refused yet, and the next sale gets 0xC004C020', () => {
    const start = askerSoFar();
    const { state, log } = run(start);
    expect(state.used).toBe(25);
    expect(log.every((e) => e.result.ok)).toBe(true);
    expect(state.machines.filter((m) => m.owner.kind === 'buyer' && m.owner.n === 14).map((m) => m.activated)).toEqual([true, true]);
    expect(step(state, { t: 'leak' }).result).toMatchObject({ ok: false, code: '0xC004C020' });
  });
  it('the reseller exhausts the key, then it is blocked', () => {
    expect(codes(presets.reseller)).toEqual(['0xC004C020', '0xC004C020', '0xC004C003']);
  });
});

describe('URL', () => {
  it('round-trips every preset', () => {
    for (const sc of Object.values(presets)) expect(parse(serialise(sc)).scenario).toEqual(sc);
  });
  it('corrects hostile values to the nearest valid scenario and says so', () => {
    const { scenario, corrections } = parse('seats=-5&limit=99999999&key=<script>&reinstall=maybe&ev=a,zz,r9,a,x1,' + 'a,'.repeat(500));
    expect(scenario.params.seats).toBe(bounds.seats.min);
    expect(scenario.params.limit).toBe(bounds.limit.max);
    expect(scenario.params.key).toBe('mak');
    expect(scenario.events.length).toBeLessThanOrEqual(bounds.events);
    expect(corrections.map((c) => c.problem)).toEqual(expect.arrayContaining(['too-small', 'too-large', 'unknown-value', 'unknown-event', 'no-such-pc', 'too-many-events']));
  });
  it('non-numbers fall back to the defaults', () => {
    expect(parse('seats=ten').scenario.params.seats).toBe(defaultParams.seats);
  });
});

const eventArb: fc.Arbitrary<SimEvent> = fc.oneof(
  fc.constant<SimEvent>({ t: 'activate' }),
  fc.constant<SimEvent>({ t: 'leak' }),
  fc.constant<SimEvent>({ t: 'more' }),
  fc.constant<SimEvent>({ t: 'block' }),
  fc.constant<SimEvent>({ t: 'validate' }),
  fc.integer({ min: 1, max: 30 }).map((pc): SimEvent => ({ t: 'reinstall', pc })),
  fc.integer({ min: 1, max: 30 }).map((pc): SimEvent => ({ t: 'motherboard', pc })),
  fc.integer({ min: 1, max: 30 }).map((pc): SimEvent => ({ t: 'retire', pc })),
  fc.integer({ min: 1, max: 10 }).map((buyer): SimEvent => ({ t: 'buyerPc', buyer })),
);
const paramsArb: fc.Arbitrary<Params> = fc.record({
  seats: fc.integer({ min: 1, max: 100 }),
  limit: fc.integer({ min: 1, max: 1000 }),
  key: fc.constant('mak' as const),
  sa: fc.boolean(),
  assumptions: fc.record({ reinstallUsesActivation: fc.boolean(), blockFlagsExisting: fc.boolean() }),
});

// Explicit timeout: property runs take seconds when a build shares the CPU.
describe('properties over random event sequences', { timeout: 30_000 }, () => {
  it('activations used never exceed the limit; a blocked key never activates', () => {
    fc.assert(
      fc.property(paramsArb, fc.array(eventArb, { maxLength: 80 }), (params, events) => {
        let state = initialState(params);
        for (const e of events) {
          const wasBlocked = state.blocked;
          const next = step(state, e);
          expect(next.state.used).toBeLessThanOrEqual(next.state.limit);
          if (wasBlocked) {
            expect(next.state.used).toBe(state.used);
            expect(next.result.ok && (next.result.kind === 'activated' || next.result.kind === 'reactivated')).toBe(false);
          }
          state = next.state;
        }
      }),
    );
  });

  it('licenses count PCs, never activations: never more than bought; buyers are never licensed', () => {
    fc.assert(
      fc.property(paramsArb, fc.array(eventArb, { maxLength: 80 }), (params, events) => {
        const { state } = run({ params, events });
        const s = summarise(state);
        expect(s.seatsAssigned).toBeLessThanOrEqual(s.seatsBought);
        expect(s.licensedDevices).toBeLessThanOrEqual(s.seatsAssigned);
        for (const m of state.machines) if (m.owner.kind === 'buyer') expect(isLicensed(state, m.id)).toBe(false);
      }),
    );
  });

  it('without Software Assurance, retiring frees nothing: licenses assigned and activations used never go down', () => {
    fc.assert(
      fc.property(paramsArb.map((p) => ({ ...p, sa: false })), fc.array(eventArb, { maxLength: 80 }), (params, events) => {
        let state = initialState(params);
        for (const e of events) {
          const next = step(state, e).state;
          expect(next.seatsTaken).toBeGreaterThanOrEqual(state.seatsTaken);
          expect(next.used).toBeGreaterThanOrEqual(state.used);
          if (e.t === 'retire') expect(summarise(next).seatsFree).toBe(summarise(state).seatsFree);
          state = next;
        }
      }),
    );
  });

  it('parse(serialise(s)) equals s for every valid scenario', () => {
    fc.assert(
      fc.property(paramsArb, fc.array(eventArb, { maxLength: 60 }), (params, events) => {
        const normalised = parse(serialise({ params, events })).scenario;
        expect(parse(serialise(normalised)).scenario).toEqual(normalised);
        const valid = parse(serialise({ params, events })).corrections.length === 0;
        if (valid) expect(normalised).toEqual({ params, events });
      }),
    );
  });

  it('any string parses without throwing into a valid scenario', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string(), fc.webQueryParameters()), (s) => {
        const { scenario } = parse(s);
        expect(scenario.params.seats).toBeGreaterThanOrEqual(1);
        expect(scenario.events.length).toBeLessThanOrEqual(bounds.events);
        expect(() => run(scenario)).not.toThrow();
      }),
    );
  });
});
