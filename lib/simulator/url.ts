import type { Params, Scenario, SimEvent } from './types';

/**
 * The scenario in the query string, so a link reproduces exactly what the sender saw:
 * `seats=10&limit=25&key=mak&sa=0&reinstall=1&flag=0&ev=a,a,r1,m2,x1,p,l,k1,b,v`.
 * Events: a activate · rN reinstall PC N · mN new motherboard in PC N · xN retire PC N ·
 * p ask for more · l leak to a new buyer · kN buyer N activates another PC · b block · v validate.
 * `parse` accepts any input, never throws, and corrects it to the nearest valid scenario,
 * listing what it changed.
 */
export const bounds = { seats: { min: 1, max: 100 }, limit: { min: 1, max: 1000 }, events: 200 } as const;

export const defaultParams: Params = { seats: 10, limit: 25, key: 'mak', sa: false, assumptions: { reinstallUsesActivation: true, blockFlagsExisting: false } };

export interface Correction {
  field: 'seats' | 'limit' | 'key' | 'sa' | 'reinstall' | 'flag' | 'ev' | 'preset';
  problem: 'not-a-number' | 'too-small' | 'too-large' | 'unknown-value' | 'unknown-event' | 'no-such-pc' | 'too-many-events' | 'forced-by-key';
  applied: string;
}

function encodeEvent(e: SimEvent): string {
  switch (e.t) {
    case 'activate':
      return 'a';
    case 'reinstall':
      return `r${e.pc}`;
    case 'motherboard':
      return `m${e.pc}`;
    case 'retire':
      return `x${e.pc}`;
    case 'more':
      return 'p';
    case 'leak':
      return 'l';
    case 'buyerPc':
      return `k${e.buyer}`;
    case 'block':
      return 'b';
    case 'validate':
      return 'v';
  }
}

export function serialise(s: Scenario): string {
  const q = new URLSearchParams();
  q.set('seats', String(s.params.seats));
  q.set('limit', String(s.params.limit));
  q.set('key', s.params.key);
  q.set('sa', s.params.sa ? '1' : '0');
  q.set('reinstall', s.params.assumptions.reinstallUsesActivation ? '1' : '0');
  q.set('flag', s.params.assumptions.blockFlagsExisting ? '1' : '0');
  q.set('ev', s.events.map(encodeEvent).join(','));
  return q.toString().replace(/%2C/g, ',');
}

function decodeEvent(token: string): SimEvent | null {
  const m = /^([arxmpklbv])(\d{0,4})$/.exec(token);
  if (!m) return null;
  const n = m[2] ? Number(m[2]) : NaN;
  switch (m[1]) {
    case 'a':
      return m[2] ? null : { t: 'activate' };
    case 'p':
      return m[2] ? null : { t: 'more' };
    case 'l':
      return m[2] ? null : { t: 'leak' };
    case 'b':
      return m[2] ? null : { t: 'block' };
    case 'v':
      return m[2] ? null : { t: 'validate' };
    case 'r':
      return Number.isInteger(n) && n > 0 ? { t: 'reinstall', pc: n } : null;
    case 'm':
      return Number.isInteger(n) && n > 0 ? { t: 'motherboard', pc: n } : null;
    case 'x':
      return Number.isInteger(n) && n > 0 ? { t: 'retire', pc: n } : null;
    case 'k':
      return Number.isInteger(n) && n > 0 ? { t: 'buyerPc', buyer: n } : null;
    default:
      return null;
  }
}

function readInt(raw: string | null, field: 'seats' | 'limit', fallback: number, corrections: Correction[]): number {
  if (raw === null) return fallback;
  const text = raw.trim().slice(0, 20);
  const { min, max } = bounds[field];
  if (!/^-?\d+$/.test(text)) {
    corrections.push({ field, problem: 'not-a-number', applied: String(fallback) });
    return fallback;
  }
  const n = Number(text);
  if (n < min) {
    corrections.push({ field, problem: 'too-small', applied: String(min) });
    return min;
  }
  if (n > max) {
    corrections.push({ field, problem: 'too-large', applied: String(max) });
    return max;
  }
  return n;
}

function readFlag(raw: string | null, field: 'sa' | 'reinstall' | 'flag', fallback: boolean, corrections: Correction[]): boolean {
  if (raw === null) return fallback;
  if (raw === '1' || raw === '0') return raw === '1';
  corrections.push({ field, problem: 'unknown-value', applied: fallback ? '1' : '0' });
  return fallback;
}

/** PC and buyer numbers must exist when their event happens; others are dropped. */
function dropDangling(events: SimEvent[], corrections: Correction[]): SimEvent[] {
  let pcs = 0;
  let buyers = 0;
  const kept: SimEvent[] = [];
  let dropped = 0;
  for (const e of events) {
    if ((e.t === 'reinstall' || e.t === 'motherboard' || e.t === 'retire') && e.pc > pcs) {
      dropped++;
      continue;
    }
    if (e.t === 'buyerPc' && e.buyer > buyers) {
      dropped++;
      continue;
    }
    if (e.t === 'activate' || e.t === 'leak' || e.t === 'buyerPc') pcs++;
    if (e.t === 'leak') buyers++;
    kept.push(e);
  }
  if (dropped) corrections.push({ field: 'ev', problem: 'no-such-pc', applied: `-${dropped}` });
  return kept;
}

export function parse(query: string | URLSearchParams): { scenario: Scenario; corrections: Correction[] } {
  const corrections: Correction[] = [];
  try {
    const q = typeof query === 'string' ? new URLSearchParams(query.slice(0, 10_000)) : query;
    const keyRaw = q.get('key');
    let key: Params['key'] = 'mak';
    if (keyRaw !== null && keyRaw !== 'mak' && keyRaw !== 'retail') corrections.push({ field: 'key', problem: 'unknown-value', applied: 'mak' });
    else if (keyRaw === 'retail') key = 'retail';
    let seats = readInt(q.get('seats'), 'seats', defaultParams.seats, corrections);
    if (key === 'retail' && seats !== 1) {
      if (q.get('seats') !== null) corrections.push({ field: 'seats', problem: 'forced-by-key', applied: '1' });
      seats = 1;
    }
    const limit = readInt(q.get('limit'), 'limit', defaultParams.limit, corrections);
    const sa = readFlag(q.get('sa'), 'sa', defaultParams.sa, corrections);
    const reinstallUsesActivation = readFlag(q.get('reinstall'), 'reinstall', defaultParams.assumptions.reinstallUsesActivation, corrections);
    const blockFlagsExisting = readFlag(q.get('flag'), 'flag', defaultParams.assumptions.blockFlagsExisting, corrections);
    const tokens = (q.get('ev') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    let unknown = 0;
    let events: SimEvent[] = [];
    for (const token of tokens) {
      if (events.length >= bounds.events) {
        corrections.push({ field: 'ev', problem: 'too-many-events', applied: String(bounds.events) });
        break;
      }
      const e = decodeEvent(token);
      if (e) events.push(e);
      else unknown++;
    }
    if (unknown) corrections.push({ field: 'ev', problem: 'unknown-event', applied: `-${unknown}` });
    events = dropDangling(events, corrections);
    return { scenario: { params: { seats, limit, key, sa, assumptions: { reinstallUsesActivation, blockFlagsExisting } }, events }, corrections };
  } catch {
    return { scenario: { params: defaultParams, events: [] }, corrections: [{ field: 'ev', problem: 'unknown-value', applied: '' }] };
  }
}
