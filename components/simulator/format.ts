import type { LogEntry, Result, SimEvent } from '@/lib/simulator';
import { fill } from '@/lib/text/fill';

/** Words for events and results, from the page's messages (pure helpers for the simulator island). */

export function eventLabel(e: SimEvent, text: Record<string, string>): string {
  const pc = 'pc' in e ? e.pc : undefined;
  const buyer = 'buyer' in e ? e.buyer : undefined;
  return fill(text[e.t] ?? e.t, { pc, buyer });
}

export function resultLabel(r: Result, text: Record<string, string>): string {
  return fill(text[r.kind] ?? r.kind, { pc: 'pc' in r ? r.pc : undefined, granted: 'granted' in r ? r.granted : undefined });
}

export function failedCode(entry: LogEntry): string | null {
  return !entry.result.ok && entry.result.kind === 'activation-failed' ? entry.result.code : null;
}
