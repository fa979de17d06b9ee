import type { State } from './types';

/**
 * The two questions, kept apart. The license question: which PCs carry one of the licenses
 * bought (a license stays with the PC it was first assigned to; buyers' PCs never have one).
 * The technical question: how many activations the key has used against its limit.
 */
export interface Summary {
  seatsBought: number;
  /** Licenses assigned to a PC so far, including those that died with a retired PC. */
  seatsAssigned: number;
  /** Licenses that went with a retired PC and cannot be used again. */
  seatsLost: number;
  /** Licenses not yet assigned to any PC. */
  seatsFree: number;
  /** PCs in use (not retired) that carry a license. */
  licensedDevices: number;
  /** PCs in use and activated without a license: the gap between the two questions. */
  unlicensedActive: number;
  buyersActive: number;
  /** PCs in use (not retired), activated or not. */
  pcsInUse: number;
  /** PCs in use that are activated. */
  activatedPcs: number;
  activationsUsed: number;
  activationLimit: number | null;
  remaining: number | null;
  blocked: boolean;
}

export function summarise(state: State): Summary {
  const live = state.machines.filter((m) => !m.retired);
  const active = live.filter((m) => m.activated);
  const seats = state.params.seats;
  const limit = state.params.key === 'mak' ? state.limit : null;
  const licensedDevices = live.filter((m) => m.licensed).length;
  return {
    seatsBought: seats,
    seatsAssigned: state.seatsTaken,
    seatsLost: state.seatsTaken - licensedDevices,
    seatsFree: Math.max(0, seats - state.seatsTaken),
    licensedDevices,
    unlicensedActive: active.filter((m) => !m.licensed).length,
    buyersActive: active.filter((m) => m.owner.kind === 'buyer').length,
    pcsInUse: live.length,
    activatedPcs: active.length,
    activationsUsed: state.used,
    activationLimit: limit,
    remaining: limit === null ? null : Math.max(0, limit - state.used),
    blocked: state.blocked,
  };
}

/** Whether one PC is licensed: in use, and carrying a license assigned to it. */
export function isLicensed(state: State, id: number): boolean {
  const m = state.machines.find((x) => x.id === id);
  return !!m && !m.retired && m.licensed;
}
