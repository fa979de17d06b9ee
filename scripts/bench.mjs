// `npm run bench`: the site's weight and Lighthouse scores against the framework's floor.
//   1. builds the site (skip with --no-build) and bench/floor (a bare page, same Next.js and config);
//   2. for every page: JS loaded (raw and gzip, inline scripts counted) and total transfer, beside the floor;
//   3. Lighthouse (mobile preset, local Chromium) on a representative set in both languages;
//   4. writes bench/results/bench.md and .json, prints the table, exits 1 when a budget is missed.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, relative, sep } from 'node:path';
import { firstChunkRun, lighthouseChecks, paintsBeforeScriptsInEveryRun } from '../lib/bench/lighthouse.mjs';
import { floorHeaders } from '../lib/bench/floor-headers.mjs';
import { browserFromVersion, hostLine } from '../lib/bench/host.mjs';
import { median } from '../lib/bench/median.mjs';
import { jsBudget, pageWeight } from '../lib/bench/weight.mjs';
import { chromiumPath } from './chromium.mjs';
import { normaliseBasePath } from './lib/base-path.mjs';
import { htmlFiles } from './lib/html-files.mjs';

const args = new Set(process.argv.slice(2));
const run = (cmd, argv, opts = {}) => {
  const r = spawnSync(cmd, argv, { stdio: 'inherit', ...opts, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...(opts.env ?? {}) } });
  if (r.status !== 0) throw new Error(`${cmd} ${argv.join(' ')} failed`);
};

if (!args.has('--no-build')) run('npm', ['run', 'build']);
// --no-floor-build reuses bench/floor/out (when only the site changed between two runs).
if (!args.has('--no-floor-build')) run('npx', ['--no-install', 'next', 'build', 'bench/floor']);

/** Resolves once `url` answers with 200, polling every 100 ms (no fixed sleep); rejects after `ms`. */
async function waitForUrl(url, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`bench: ${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
const weigh = (root, file) => {
  const basePath = normaliseBasePath();
  return pageWeight(readFileSync(file, 'utf8'), (src) => readFileSync(join(root, decodeURIComponent(src.replace(basePath, '').split('?')[0]))));
};

const floor = weigh('bench/floor/out', 'bench/floor/out/index.html');
const interactive = /^\/(ja|en)\/(simulator|tools\/|classroom\/present|classroom\/notes|quiz|search)/;
const pages = [...htmlFiles('out')]
  .filter((file) => file.endsWith(`${sep}index.html`))
  .map((file) => {
    const path = `/${relative('out', file).split(sep).join('/').replace(/index\.html$/, '')}`;
    const kind = interactive.test(path) ? 'interactive' : path === '/' || path.startsWith('/og') ? 'other' : 'content';
    const w = weigh('out', file);
    const budget = kind === 'other' ? null : jsBudget(kind, floor.jsGzip);
    return { path, kind, ...w, budget, ok: budget === null || w.jsGzip <= budget };
  })
  .sort((a, b) => a.path.localeCompare(b.path));

// Lighthouse on a representative set, beside two references measured in the same run: the floor
// (a bare page) and the floor plus one Japanese paragraph. Each page runs `runs` times (default 7)
// and every metric is the median, because simulated LCP and TBT move by hundreds of ms run to run.
// The runs go round by round (every page once, then every page again), so a page and the floors it
// is judged against are measured in the same stretches of the run, not minutes apart.
const representative = ['', 'story/first-key', 'simulator', 'errors/0xc004c003', 'learn/license-vs-key', 'classroom/present', 'tools/slmgr'];
// --pages=/ja/,/ja/story/first-key/ measures only those pages (the two floors always run, as the references).
const pagesArg = process.argv.find((a) => a.startsWith('--pages='));
const onlyPages = pagesArg ? new Set(pagesArg.slice('--pages='.length).split(',').filter(Boolean).map((p) => `/${p.replace(/^\/+|\/+$/g, '')}/`)) : null;
const runsArg = process.argv.find((a) => a.startsWith('--runs='));
const runs = Math.max(1, Math.min(9, Number(runsArg?.slice('--runs='.length)) || 7));
const lighthouseRows = [];
let references = null;
// Every Lighthouse run's samples, by target: the report's host line reads their benchmark index.
let samplesByTarget = [];

if (!args.has('--no-lighthouse')) {
  // BENCH_PORT (default 4390) serves the site, the next port the floor, so two benches can run side by side.
  const port = Number(process.env.BENCH_PORT) || 4390;
  // Both ports must be free: a server left on them (another bench) would otherwise be measured instead.
  for (const p of [port, port + 1]) {
    const probe = createServer();
    await new Promise((resolve, reject) => probe.once('error', reject).listen(p, '127.0.0.1', resolve)).catch(() => {
      throw new Error(`bench: port ${p} is in use; set BENCH_PORT to a free port (the floor uses the next one)`);
    });
    await new Promise((r) => probe.close(r));
  }
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  // The floor is served the same way as the site: gzip, static files, and the site's headers
  // (lib/bench/floor-headers.mjs says why the headers matter).
  const { default: handler } = await import('serve-handler');
  const { default: compression } = await import('compression');
  const compress = compression();
  const floorServer = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const page = pathname.endsWith('/') ? join('bench/floor/out', pathname, 'index.html') : null;
    const headers = floorHeaders(pathname, page && existsSync(page) ? readFileSync(page, 'utf8') : null);
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    compress(req, res, () => handler(req, res, { public: 'bench/floor/out', trailingSlash: true }));
  });
  await new Promise((r) => floorServer.listen(port + 1, '127.0.0.1', r));
  await Promise.all([waitForUrl(`http://127.0.0.1:${port}/ja/`), waitForUrl(`http://127.0.0.1:${port + 1}/`)]);
  const chromeLauncher = await import('chrome-launcher');
  try {
    const { default: lighthouse } = await import('lighthouse');
    // A fresh browser for every run, as the Lighthouse CLI does. With one browser for all runs, the
    // renderer process is reused and its heap grows with every page it has shown; in about 4 of 10
    // runs, starting the trace's CPU profiler then walked that heap on the main thread for 135-175 ms
    // just after navigation (V8 "heap object iterator" sweeping, "DeoptimizeCode"), which Lighthouse
    // counts as one unattributed task at four times its length (README, "One browser per run").
    const launchChrome = () =>
      chromeLauncher.launch({
        chromePath: chromiumPath() ?? undefined,
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      });
    const targets = [
      { url: `http://127.0.0.1:${port + 1}/`, label: 'floor (bare Next.js page)', reference: 'floor' },
      { url: `http://127.0.0.1:${port + 1}/ja/`, label: 'floor + one Japanese paragraph', reference: 'floorJa' },
      ...['ja', 'en']
        .flatMap((locale) => representative.map((p) => ({ url: `http://127.0.0.1:${port}/${locale}/${p ? `${p}/` : ''}`, label: `/${locale}/${p ? `${p}/` : ''}`, reference: null })))
        .filter((t) => !onlyPages || onlyPages.has(t.label)),
    ];
    const measure = async (target) => {
      // Lighthouse sometimes fails to record a trace (NO_NAVSTART, NO_FCP): that is the tool, not
      // the page, so such a run is repeated (twice at most) and any error left is reported.
      let lhr;
      let trace = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const chrome = await launchChrome();
        const result = await lighthouse(target.url, { port: chrome.port, output: 'json', logLevel: 'error' }).finally(() => chrome.kill());
        lhr = result.lhr;
        trace = result.artifacts?.Trace?.traceEvents ?? [];
        if (!lhr.runtimeError) break;
        console.warn(`lighthouse ${target.label}: ${lhr.runtimeError.code}, running again`);
      }
      const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const audit = (id) => lhr.audits[id]?.numericValue ?? null;
      const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
      // Main-thread time by kind (Lighthouse scales it by the CPU throttle): script evaluation, style and layout.
      const work = Object.fromEntries((lhr.audits['mainthread-work-breakdown']?.details?.items ?? []).map((i) => [i.group, i.duration]));
      return {
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift') ?? 0,
        // What moved, when something did (Lighthouse's layout-shifts audit names the elements).
        shifted: (lhr.audits['layout-shifts']?.details?.items ?? []).map((i) => i.node?.snippet ?? i.node?.selector ?? 'unknown element'),
        transfer: (audit('total-byte-weight') ?? 0) / 1024,
        // From the observed (unthrottled) trace: the first contentful paint, the load event and the
        // moment the first Next.js chunk starts to run.
        observedFcp: observed.observedFirstContentfulPaint ?? null,
        observedLoad: observed.observedLoad ?? null,
        observedFirstChunk: firstChunkRun(trace),
        scriptEvaluation: work.scriptEvaluation ?? null,
        styleLayout: work.styleLayout ?? null,
        // Lighthouse's long tasks (simulated timings: its CPU throttle applied), the tasks that can
        // add to TBT: the script's or style sheet's file name ('Unattributable' for neither), start
        // and length, in ms.
        longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((i) => ({
          url: String(i.url ?? '').split('/').pop() || 'Unattributable',
          start: Math.round(i.startTime ?? 0),
          duration: Math.round(i.duration ?? 0),
        })),
        benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
        error: lhr.runtimeError?.code ?? null,
      };
    };
    samplesByTarget = targets.map(() => []);
    const samplesOf = samplesByTarget;
    for (let round = 1; round <= runs; round++) {
      for (const [t, target] of targets.entries()) samplesOf[t].push(await measure(target));
      console.log(`lighthouse: round ${round} of ${runs} done`);
    }
    for (const [t, target] of targets.entries()) {
      const samples = samplesOf[t];
      const m = (k) => median(samples.map((s) => s[k]));
      const firstChunk = m('observedFirstChunk');
      const row = {
        url: target.label,
        reference: target.reference,
        runs: samples.length,
        performance: Math.round(m('performance')),
        accessibility: Math.min(...samples.map((s) => s.accessibility)),
        bestPractices: Math.min(...samples.map((s) => s.bestPractices)),
        seo: Math.min(...samples.map((s) => s.seo)),
        lcp: Math.round(m('lcp') ?? 0),
        // The spread of the runs: Lighthouse's simulated LCP depends on what the observed trace ran
        // before its first paint, so a page whose scripts race its paint (the floors) lands in two
        // clusters (README, "What delayed the first paint").
        lcpRuns: samples.map((s) => Math.round(s.lcp ?? 0)).sort((a, b) => a - b),
        tbt: Math.round(m('tbt') ?? 0),
        // TBT swings as much: one long task (the framework's own chunk) counts at a quarter of the CPU speed.
        tbtRuns: samples.map((s) => Math.round(s.tbt ?? 0)).sort((a, b) => a - b),
        cls: Number(Math.max(...samples.map((s) => s.cls)).toFixed(3)),
        shifted: [...new Set(samples.flatMap((s) => s.shifted))],
        transfer: Math.round(m('transfer') ?? 0),
        observedFcp: Math.round(m('observedFcp') ?? 0),
        observedLoad: Math.round(m('observedLoad') ?? 0),
        scriptEvaluation: Math.round(m('scriptEvaluation') ?? 0),
        styleLayout: Math.round(m('styleLayout') ?? 0),
        // The first Next.js chunk's code starts to run (observed trace); null when none ran.
        observedFirstChunk: firstChunk === null ? null : Math.round(firstChunk),
        paintsBeforeScripts: paintsBeforeScriptsInEveryRun(samples),
        // Each run's long tasks (bench.json only), in the order the runs were made.
        longTasksRuns: samples.map((s) => s.longTasks),
        error: samples.find((s) => s.error)?.error ?? null,
      };
      lighthouseRows.push(row);
      console.log(`lighthouse ${row.url}: perf ${row.performance}, LCP ${row.lcp} ms, TBT ${row.tbt} ms, a11y ${row.accessibility}, bp ${row.bestPractices}, seo ${row.seo}, CLS ${row.cls}, observed FCP ${row.observedFcp} ms / load ${row.observedLoad} ms / first chunk ${row.observedFirstChunk ?? '—'} ms, script ${row.scriptEvaluation} ms, style+layout ${row.styleLayout} ms`);
    }
  } finally {
    // A browser whose launch failed is not returned, so it cannot be killed by its run; this kills
    // every browser chrome-launcher started and has not killed yet.
    chromeLauncher.killAll();
    server.kill();
    floorServer.close();
  }
  const floorRow = lighthouseRows.find((r) => r.reference === 'floor');
  const floorJaRow = lighthouseRows.find((r) => r.reference === 'floorJa');
  references = { floor: floorRow, floorJa: floorJaRow };
  for (const row of lighthouseRows) {
    if (row.reference) {
      row.ok = true;
      continue;
    }
    row.lcpRatio = floorJaRow.lcp ? row.lcp / floorJaRow.lcp : null;
    row.tbtOverFloor = row.tbt - floorRow.tbt;
    row.perfBelowFloorJa = floorJaRow.performance - row.performance;
    row.checks = lighthouseChecks(row, floorRow, floorJaRow);
    row.ok = !row.error && row.checks.every((c) => c.ok);
  }
}

const kib = (n) => (n / 1024).toFixed(1);
const allSamples = samplesByTarget.flat();
const host = hostLine({
  cpu: cpus()[0]?.model?.trim(),
  cores: cpus().length,
  browser: browserFromVersion(spawnSync(chromiumPath() ?? 'chromium', ['--version'], { encoding: 'utf8' }).stdout),
  indexes: allSamples.map((s) => s.benchmarkIndex),
});
const md = [
  `# Benchmark (${new Date().toISOString().slice(0, 16)}Z)`,
  '',
  host,
  '',
  `Floor (bare Next.js page, same version and config): JS ${kib(floor.jsRaw)} KiB raw / **${kib(floor.jsGzip)} KiB gzip**, ${floor.scripts} scripts, transfer ${kib(floor.transferGzip)} KiB.`,
  `Budgets: content pages ≤ floor + 10 % (${kib(jsBudget('content', floor.jsGzip))} KiB gzip); interactive pages ≤ floor + 30 KiB (${kib(jsBudget('interactive', floor.jsGzip))} KiB gzip).`,
  '',
  '| page | kind | scripts | JS raw KiB | JS gzip KiB | floor gzip KiB | Δ vs floor | transfer KiB (gzip) | budget |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...pages.map((p) => `| ${p.path} | ${p.kind} | ${p.scripts} | ${kib(p.jsRaw)} | ${kib(p.jsGzip)} | ${kib(floor.jsGzip)} | ${p.jsGzip >= floor.jsGzip ? '+' : ''}${kib(p.jsGzip - floor.jsGzip)} | ${kib(p.transferGzip)} | ${p.budget === null ? '—' : p.ok ? 'ok' : `**over** (${kib(p.budget)})`} |`),
  '',
];
if (lighthouseRows.length) {
  const ratio = (r) => (r.reference ? '—' : `${r.lcpRatio?.toFixed(2)}×`);
  const missedChecks = (r) => (r.reference ? '—' : r.ok ? 'ok' : `**missed**: ${r.error ?? r.checks.filter((c) => !c.ok).map((c) => c.name).join('; ')}`);
  md.push(
    `## Lighthouse (mobile preset, local Chromium, median of ${runs} runs)`,
    '',
    'Budgets, against the two references of the same run: LCP ≤ 1.25 × the Japanese floor; TBT ≤ the floor + 150 ms; performance ≥ the Japanese floor − 3; accessibility, best practices and SEO 100; CLS 0; in the observed (unthrottled) trace the first contentful paint before the first Next.js chunk runs (the load event is shown beside it).',
    '',
    '| page | performance | LCP ms | LCP of each run | LCP ÷ ja floor | TBT ms | TBT of each run | TBT − floor | a11y | BP | SEO | CLS | observed FCP ms | observed load ms | first chunk runs ms | script ms | style+layout ms | KiB | budget |',
    '| --- | ---: | ---: | --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...lighthouseRows.map(
      (r) =>
        `| ${r.reference ? `*${r.url}*` : r.url} | ${r.performance} | ${r.lcp} | ${r.lcpRuns.join(', ')} | ${ratio(r)} | ${r.tbt} | ${r.tbtRuns.join(', ')} | ${r.reference ? '—' : `${r.tbtOverFloor >= 0 ? '+' : ''}${r.tbtOverFloor}`} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.cls} | ${r.observedFcp} | ${r.observedLoad} | ${r.observedFirstChunk ?? '—'} | ${r.scriptEvaluation} | ${r.styleLayout} | ${r.transfer} | ${missedChecks(r)} |`,
    ),
    '',
  );
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/bench.md', md.join('\n'));
writeFileSync('bench/results/bench.json', JSON.stringify({ floor, pages, references, lighthouse: lighthouseRows }, null, 2));
console.log(md.join('\n'));
const missed = [...pages.filter((p) => !p.ok).map((p) => p.path), ...lighthouseRows.filter((r) => !r.ok).map((r) => `lighthouse ${r.url}`)];
if (missed.length) {
  console.error(`\nBudget missed: ${missed.join(', ')}`);
  process.exit(1);
}
console.log('\nAll budgets met. Results in bench/results/.');
