import type { State } from './types';

/**
 * The two questions, kept apart. The license question counts the holder's machines against the
 * seats; buyers' machines are never licensed. The technical question counts activations.
 */
export interface Summary {
  seatsBought: number;
  seatsInUse: number;
  licensedDevices: number;
  unlicensedActive: number;
  buyersActive: number;
  activationsUsed: number;
  activationLimit: number | null;
  remaining: number | null;
  blocked: boolean;
}

export function summarise(state: State): Summary {
  const active = state.machines.filter((m) => m.activated && !m.retired);
  const holderActive = active.filter((m) => m.owner.kind === 'holder').length;
  const buyersActive = active.filter((m) => m.owner.kind === 'buyer').length;
  const seats = state.params.seats;
  const licensedDevices = Math.min(holderActive, seats);
  const limit = state.params.key === 'mak' ? state.limit : null;
  return {
    seatsBought: seats,
    seatsInUse: holderActive,
    licensedDevices,
    unlicensedActive: buyersActive + (holderActive - licensedDevices),
    buyersActive,
    activationsUsed: state.used,
    activationLimit: limit,
    remaining: limit === null ? null : Math.max(0, limit - state.used),
    blocked: state.blocked,
  };
}

/** Whether one machine is licensed: the holder's, active, within the seats (in order of activation). */
export function isLicensed(state: State, id: number): boolean {
  const holders = state.machines.filter((m) => m.owner.kind === 'holder' && m.activated && !m.retired);
  const index = holders.findIndex((m) => m.id === id);
  return index >= 0 && index < state.params.seats;
}
