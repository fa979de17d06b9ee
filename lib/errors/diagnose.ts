import { diagnosisEntries, getDiagnosisEntry } from './data';
import { normaliseCode } from './code-parse';
import { rankCauses } from './rank';
import { keySources, recentChanges, type DiagnosisCause, type KeySource, type RecentChange } from './schema';

/**
 * "Why did I get this?": ranks the candidate causes of a code for how the key was obtained and
 * what just changed. The causes and their weights are data (content/errors/diagnosis.json);
 * this file only adds them up. Nothing here throws.
 */

export { keySources, recentChanges };
export type { KeySource, RecentChange };

export interface RankedCause extends DiagnosisCause {
  /** weights.source[source] + weights.change[change], a missing weight counting 0. */
  score: number;
  /** 1 for the most likely cause. */
  rank: number;
}

export interface DiagnosisTableRow {
  source: KeySource;
  change: RecentChange;
  /** The id of the top-ranked cause for this combination. */
  causeId: string;
  score: number;
}

export function isKeySource(value: unknown): value is KeySource {
  return typeof value === 'string' && (keySources as readonly string[]).includes(value);
}

export function isRecentChange(value: unknown): value is RecentChange {
  return typeof value === 'string' && (recentChanges as readonly string[]).includes(value);
}

/** Canonical hex of every code that has diagnosis data, in data order. */
export const diagnosableCodes: readonly string[] = diagnosisEntries.map((e) => e.hex);

export function hasDiagnosis(hex: string): boolean {
  try {
    const canonical = normaliseCode(hex);
    return canonical !== null && getDiagnosisEntry(canonical) !== undefined;
  } catch {
    return false;
  }
}

/**
 * The causes of `hex` ranked for this source and change, most likely first; ties keep the order
 * of the data. An unknown source or change simply adds nothing (so the ranking falls back to the
 * other answer, or to the data order); a code without diagnosis data gives [].
 */
export function diagnose(hex: string, source: string, change: string): RankedCause[] {
  try {
    const canonical = normaliseCode(hex);
    const entry = canonical ? getDiagnosisEntry(canonical) : undefined;
    if (!entry) return [];
    const s = isKeySource(source) ? source : null;
    const c = isRecentChange(change) ? change : null;
    return rankCauses(entry.causes, s, c);
  } catch {
    return [];
  }
}

/**
 * One row per source × change (15 rows) with the top cause, for a table that works without
 * JavaScript. [] for a code without diagnosis data.
 */
export function diagnosisTable(hex: string): DiagnosisTableRow[] {
  const rows: DiagnosisTableRow[] = [];
  if (!hasDiagnosis(hex)) return rows;
  for (const source of keySources) {
    for (const change of recentChanges) {
      const top = diagnose(hex, source, change)[0];
      if (top) rows.push({ source, change, causeId: top.id, score: top.score });
    }
  }
  return rows;
}
