// What `npm run bench` (scripts/bench.mjs) ran on, for its report: results from two machines can
// differ a lot (README, "On a slower host"), and Lighthouse's 4x CPU slowdown is relative to the host.
import { median } from './median.mjs';

/**
 * One line naming the host: its CPU and cores, the browser, and Lighthouse's benchmarkIndex (a
 * rough CPU speed it measures in every run) as median and range over `indexes`.
 */
export function hostLine({ cpu, cores, browser, indexes }) {
  const found = indexes.filter((v) => typeof v === 'number' && Number.isFinite(v));
  const index = found.length
    ? `median ${Math.round(median(found))} (${Math.round(Math.min(...found))}–${Math.round(Math.max(...found))}, ${found.length} runs)`
    : 'not reported';
  return `Host: ${cpu || 'unknown CPU'} × ${cores} cores; ${browser || 'unknown browser'}; Lighthouse benchmarkIndex ${index}.`;
}

/** The browser's name and version from what `chromium --version` printed ("Chromium 156.0.8078.114 built on Debian…" → "Chromium 156.0.8078.114"). */
export function browserFromVersion(text) {
  const m = /\b(Chromium|Google Chrome|Chrome)\s+([\d.]+)/.exec(text ?? '');
  return m ? `${m[1]} ${m[2]}` : null;
}
