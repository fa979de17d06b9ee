/** The MAK simulator's data: parameters, events, machines, state and results. No logic here. */
export type KeyType = 'mak' | 'retail';

/** Rules Microsoft does not document, which the visitor can switch (see rules.ts). */
export interface Assumptions {
  /** Does reactivating unchanged hardware after a reinstall use a MAK activation? */
  reinstallUsesActivation: boolean;
  /** Are PCs activated before a block flagged by a later validation check? */
  blockFlagsExisting: boolean;
}

export interface Params {
  seats: number;
  limit: number;
  key: KeyType;
  /** The holder has Software Assurance: a retired PC's license coverage may move to a replacement (BRIEF-JA). */
  sa: boolean;
  assumptions: Assumptions;
}

export type SimEvent =
  | { t: 'activate' } // the holder activates a new PC
  | { t: 'reinstall'; pc: number }
  | { t: 'motherboard'; pc: number }
  | { t: 'retire'; pc: number }
  | { t: 'more' } // the holder asks Microsoft for more activations
  | { t: 'leak' } // a reseller sells the key to a new buyer, who activates a PC
  | { t: 'buyerPc'; buyer: number } // buyer N activates another PC of theirs
  | { t: 'block' } // Microsoft blocks the key
  | { t: 'validate' }; // a later genuine (validation) check

export interface Scenario {
  params: Params;
  events: SimEvent[];
}

export type Owner = { kind: 'holder' } | { kind: 'buyer'; n: number };
export type Validation = 'unchecked' | 'genuine' | 'not-genuine' | 'unknown';

export interface Machine {
  id: number;
  owner: Owner;
  /** Changes when the motherboard is replaced: new hardware as far as activation can tell. */
  hardware: number;
  activated: boolean;
  retired: boolean;
  /** A license was assigned to this PC when it was set up; it stays with this PC (TN-BLOG-2013). */
  licensed: boolean;
  /** How many times Windows was reinstalled on it. */
  reinstalls: number;
  /** The code of its last failed activation, if the last attempt failed. */
  error: ActivationCode | null;
  validation: Validation;
}

export interface State {
  params: Params;
  limit: number;
  used: number;
  blocked: boolean;
  buyers: number;
  /** Licenses assigned so far. Without Software Assurance a retired PC's license is never given back. */
  seatsTaken: number;
  machines: Machine[];
}

export type ActivationCode = '0xC004C020' | '0xC004C003';

export type Result =
  | { ok: true; kind: 'activated' | 'reactivated' | 'kept-activation' | 'retired' | 'retired-moved' | 'granted' | 'blocked' | 'validated'; pc?: number; granted?: number }
  | { ok: false; kind: 'activation-failed'; code: ActivationCode; pc?: number }
  | { ok: false; kind: 'refused' | 'no-such-pc' };

export interface LogEntry {
  event: SimEvent;
  result: Result;
}
