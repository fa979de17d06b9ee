import type { LogEntry, Result, SimEvent, Summary } from '@/lib/simulator';
import { fill } from '@/lib/text/fill';

/** Words for events, results and the state, from the page's messages (pure helpers). */

export function eventLabel(e: SimEvent, text: Record<string, string>): string {
  const pc = 'pc' in e ? e.pc : undefined;
  const buyer = 'buyer' in e ? e.buyer : undefined;
  return fill(text[e.t] ?? e.t, { pc, buyer });
}

export function resultLabel(r: Result, text: Record<string, string>): string {
  return fill(text[r.kind] ?? r.kind, { pc: 'pc' in r ? r.pc : undefined, granted: 'granted' in r ? r.granted : undefined });
}

export function failedCode(entry: LogEntry | undefined): '0xC004C020' | '0xC004C003' | null {
  return entry && !entry.result.ok && entry.result.kind === 'activation-failed' ? entry.result.code : null;
}

/** One sentence with both numbers, for the state line and the announcements. */
export function stateSentence(s: Summary, labels: { state: string; stateBlocked: string; limitUnpublished: string }): string {
  return fill(labels.state, {
    licensed: s.licensedDevices,
    seats: s.seatsBought,
    act: s.activationsUsed,
    limit: s.activationLimit ?? labels.limitUnpublished,
    unlicensed: s.unlicensedActive,
    blocked: s.blocked ? labels.stateBlocked : '',
  });
}
