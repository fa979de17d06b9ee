// Where a page's first paint goes, measured in real Chromium without throttling:
//   node bench/trace.mjs [--runs=7] URL…
// For each URL, the median over the runs (a fresh page each time, cache off) of
//   - observed first contentful paint and load event end (Performance API), and how many runs
//     painted before load;
//   - main-thread *thread time* (CPU, from a Chromium trace) spent in layout, style recalculation
//     and script. Thread time is used because wall time on a shared, busy machine is mostly
//     waiting for a core, while thread time stays close to the page's own cost.
// Serve the site first (`PORT=4520 npm run serve`). --floor-port=N also serves bench/floor/out
// (built by `npm run bench`) on that port, gzipped like the site, for as long as the run lasts.
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import compression from 'compression';
import handler from 'serve-handler';
import { median } from '../lib/bench/median.mjs';
import { chromiumPath } from '../scripts/chromium.mjs';

const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = Math.max(1, Number(runsArg?.slice('--runs='.length)) || 7);
const urls = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!urls.length) {
  console.error('usage: node bench/trace.mjs [--runs=N] URL…');
  process.exit(2);
}
// Top-level main-thread events by kind (nested events of the same kind are not listed, so nothing is counted twice).
const kinds = { Layout: 'layout', UpdateLayoutTree: 'style', EvaluateScript: 'script', FunctionCall: 'script', RunMicrotasks: 'script', 'v8.compile': 'script' };

const floorPort = Number(process.argv.find((a) => a.startsWith('--floor-port='))?.split('=')[1]);
const compress = compression();
const floorServer = floorPort
  ? createServer((req, res) => compress(req, res, () => handler(req, res, { public: 'bench/floor/out', trailingSlash: true })))
  : null;
if (floorServer) await new Promise((r) => floorServer.listen(floorPort, '127.0.0.1', r));

const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  for (const url of urls) {
    const rows = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 412, height: 823 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
      await page.goto(url, { waitUntil: 'load' });
      // Wait for the state, not a clock: the paint entry exists once the first paint happened.
      await page.waitForFunction(() => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint'));
      const timing = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint');
        return { fcp: fcp.startTime, load: nav.loadEventEnd };
      });
      const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
      const renderer = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'Layout'));
      const cpu = { layout: 0, style: 0, script: 0 };
      for (const e of events) {
        if (!renderer || e.pid !== renderer.pid || e.tid !== renderer.tid || e.ph !== 'X' || !kinds[e.name]) continue;
        cpu[kinds[e.name]] += (e.tdur ?? e.dur ?? 0) / 1000;
      }
      rows.push({ ...timing, ...cpu });
      await page.close();
    }
    const m = (k) => Math.round(median(rows.map((r) => r[k])));
    const before = rows.filter((r) => r.fcp < r.load).length;
    console.log(`${url}  FCP ${m('fcp')} ms, load ${m('load')} ms (painted before load in ${before}/${rows.length})  thread time: layout ${m('layout')} ms, style ${m('style')} ms, script ${m('script')} ms`);
  }
} finally {
  await browser.close();
  floorServer?.close();
}
