/**
 * Ranks candidate causes by the weights the data gives for where the key came from and what
 * just changed (score = the two weights added; ties keep data order). No data is imported here,
 * so the page's "why did I get this?" island can use it on the few causes of one code.
 */
export interface Weighted {
  weights: { source: Partial<Record<string, number>>; change: Partial<Record<string, number>> };
}

export function rankCauses<T extends Weighted>(causes: readonly T[], source: string | null, change: string | null): (T & { score: number; rank: number })[] {
  return causes
    .map((cause, index) => ({
      cause,
      index,
      score: (source ? (cause.weights.source[source] ?? 0) : 0) + (change ? (cause.weights.change[change] ?? 0) : 0),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ cause, score }, i) => ({ ...cause, score, rank: i + 1 }));
}
