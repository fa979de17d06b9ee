import { grantAmount } from './rules';
import type { LogEntry, Machine, Params, Result, Scenario, SimEvent, State } from './types';

/** The simulator as a pure state machine: `step` applies one event, `run` replays a scenario. */
export function initialState(params: Params): State {
  return { params, limit: params.key === 'retail' ? 0 : params.limit, used: 0, blocked: false, buyers: 0, seatsTaken: 0, machines: [] };
}

const isMak = (s: State) => s.params.key === 'mak';

/** One activation through Microsoft's service: refused when blocked, then when the count is used up. */
function tryActivate(state: State): { state: State; result: Result | null } {
  if (state.blocked) return { state, result: { ok: false, kind: 'activation-failed', code: '0xC004C003' } };
  if (isMak(state) && state.used >= state.limit) return { state, result: { ok: false, kind: 'activation-failed', code: '0xC004C020' } };
  return { state: { ...state, used: state.used + 1 }, result: null };
}

/**
 * A new PC. The holder's PC gets one of the licenses bought while any is left; a buyer's never
 * does (a leaked key carries no license).
 */
function addMachine(state: State, owner: Machine['owner']): { state: State; id: number } {
  const id = state.machines.length + 1;
  const licensed = owner.kind === 'holder' && state.seatsTaken < state.params.seats;
  const machine: Machine = { id, owner, hardware: 1, activated: false, retired: false, licensed, reinstalls: 0, error: null, validation: 'unchecked' };
  return { state: { ...state, seatsTaken: state.seatsTaken + (licensed ? 1 : 0), machines: [...state.machines, machine] }, id };
}

/** Records a failed activation on the PC and returns the failure. */
function fail(state: State, id: number, result: Result): { state: State; result: Result } {
  const code = !result.ok && result.kind === 'activation-failed' ? result.code : null;
  return { state: update(state, id, { activated: false, error: code }), result: { ...result, pc: id } as Result };
}

/** Retiring frees a license for another PC only where the license may move: Software Assurance, or a retail license. */
const licenseMoves = (state: State) => state.params.sa || state.params.key === 'retail';

function update(state: State, id: number, change: Partial<Machine>): State {
  return { ...state, machines: state.machines.map((m) => (m.id === id ? { ...m, ...change } : m)) };
}

function activateNew(state: State, owner: Machine['owner']): { state: State; result: Result } {
  const added = addMachine(state, owner);
  const attempt = tryActivate(added.state);
  if (attempt.result) return fail(added.state, added.id, attempt.result);
  return { state: update(attempt.state, added.id, { activated: true, error: null }), result: { ok: true, kind: 'activated', pc: added.id } };
}

function live(state: State, id: number): Machine | undefined {
  const m = state.machines.find((x) => x.id === id);
  return m && !m.retired ? m : undefined;
}

export function step(state: State, event: SimEvent): { state: State; result: Result } {
  switch (event.t) {
    case 'activate':
      return activateNew(state, { kind: 'holder' });
    case 'leak': {
      const buyers = state.buyers + 1;
      return activateNew({ ...state, buyers }, { kind: 'buyer', n: buyers });
    }
    case 'buyerPc':
      if (event.buyer < 1 || event.buyer > state.buyers) return { state, result: { ok: false, kind: 'no-such-pc' } };
      return activateNew(state, { kind: 'buyer', n: event.buyer });
    case 'reinstall': {
      const m = live(state, event.pc);
      if (!m) return { state, result: { ok: false, kind: 'no-such-pc' } };
      // Same hardware: whether this uses an activation is not documented for MAKs (an assumption);
      // retail reinstalls on unchanged hardware are assumed not to.
      const uses = isMak(state) ? state.params.assumptions.reinstallUsesActivation : false;
      const reinstalled = update(state, m.id, { reinstalls: m.reinstalls + 1 });
      if (!uses) {
        if (state.blocked && !m.activated) return fail(reinstalled, m.id, { ok: false, kind: 'activation-failed', code: '0xC004C003' });
        return { state: update(reinstalled, m.id, { activated: m.activated || !state.blocked }), result: { ok: true, kind: 'kept-activation', pc: m.id } };
      }
      const attempt = tryActivate(reinstalled);
      if (attempt.result) return fail(reinstalled, m.id, attempt.result);
      return { state: update(attempt.state, m.id, { activated: true, error: null }), result: { ok: true, kind: 'reactivated', pc: m.id } };
    }
    case 'motherboard': {
      const m = live(state, event.pc);
      if (!m) return { state, result: { ok: false, kind: 'no-such-pc' } };
      // New hardware: it must activate again, which uses an activation (an assumption for MAKs).
      const changed = update(state, m.id, { hardware: m.hardware + 1, activated: false });
      const attempt = tryActivate(changed);
      if (attempt.result) return fail(changed, m.id, attempt.result);
      return { state: update(attempt.state, m.id, { activated: true, error: null }), result: { ok: true, kind: 'reactivated', pc: m.id } };
    }
    case 'retire': {
      const m = live(state, event.pc);
      if (!m) return { state, result: { ok: false, kind: 'no-such-pc' } };
      // A volume upgrade license stays with the PC it was first assigned to, so it dies with it;
      // only Software Assurance (or a retail license) lets it move. The activation is never given back.
      const freed = m.licensed && licenseMoves(state) ? 1 : 0;
      const retired = update({ ...state, seatsTaken: state.seatsTaken - freed }, m.id, { retired: true, activated: false, error: null });
      return { state: retired, result: { ok: true, kind: freed ? 'retired-moved' : 'retired', pc: m.id } };
    }
    case 'more': {
      if (!isMak(state) || state.blocked) return { state, result: { ok: false, kind: 'refused' } };
      const granted = grantAmount(state.params.seats);
      return { state: { ...state, limit: state.limit + granted }, result: { ok: true, kind: 'granted', granted } };
    }
    case 'block':
      if (state.blocked) return { state, result: { ok: false, kind: 'refused' } };
      return {
        state: { ...state, blocked: true },
        result: { ok: true, kind: 'blocked' },
      };
    case 'validate': {
      // Validation looks at the key (blocked or not) and the hardware; it never counts licenses.
      const machines = state.machines.map((m): Machine => {
        if (m.retired || !m.activated) return m;
        if (!state.blocked) return { ...m, validation: 'genuine' };
        return { ...m, validation: state.params.assumptions.blockFlagsExisting ? 'not-genuine' : 'unknown' };
      });
      return { state: { ...state, machines }, result: { ok: true, kind: 'validated' } };
    }
  }
}

export function run(scenario: Scenario): { state: State; log: LogEntry[] } {
  let state = initialState(scenario.params);
  const log: LogEntry[] = [];
  for (const event of scenario.events) {
    const next = step(state, event);
    state = next.state;
    log.push({ event, result: next.result });
  }
  return { state, log };
}
