// `npm run bench`: the site's weight and Lighthouse scores against the framework's floor.
//   1. builds the site (skip with --no-build) and bench/floor (a bare page, same Next.js and config);
//   2. for every page: JS loaded (raw and gzip, inline scripts counted) and total transfer, beside the floor;
//   3. Lighthouse (mobile preset, local Chromium) on a representative set in both languages;
//   4. writes bench/results/bench.md and .json, prints the table, exits 1 when a budget is missed.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
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
run('npx', ['--no-install', 'next', 'build', 'bench/floor']);

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

// Lighthouse on a representative set.
const representative = ['', 'story/first-key', 'simulator', 'errors/0xc004c003', 'learn/license-vs-key', 'classroom/present'];
const lighthouseRows = [];
if (!args.has('--no-lighthouse')) {
  const port = 4390;
  const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
  // The floor, served the same way (gzip, static files), as a reference row: what the framework
  // alone scores on this machine today. Lighthouse's LCP moves by a few hundred ms run to run.
  const { default: handler } = await import('serve-handler');
  const { default: compression } = await import('compression');
  const compress = compression();
  const floorServer = createServer((req, res) => compress(req, res, () => handler(req, res, { public: 'bench/floor/out', trailingSlash: true })));
  await new Promise((r) => floorServer.listen(port + 1, '127.0.0.1', r));
  await Promise.all([waitForUrl(`http://127.0.0.1:${port}/ja/`), waitForUrl(`http://127.0.0.1:${port + 1}/`)]);
  try {
    const { default: lighthouse } = await import('lighthouse');
    const chromeLauncher = await import('chrome-launcher');
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath() ?? undefined,
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const targets = [
      { url: `http://127.0.0.1:${port + 1}/`, label: 'floor (reference)', reference: true },
      ...['ja', 'en'].flatMap((locale) => representative.map((p) => ({ url: `http://127.0.0.1:${port}/${locale}/${p ? `${p}/` : ''}`, label: `/${locale}/${p ? `${p}/` : ''}`, reference: false }))),
    ];
    try {
      for (const target of targets) {
        // Lighthouse sometimes fails to record a trace (NO_NAVSTART, NO_FCP): that is the tool, not
        // the page, so such a run is repeated (twice at most) and any error left is reported.
        let lhr;
        for (let attempt = 0; attempt < 3; attempt++) {
          lhr = (await lighthouse(target.url, { port: chrome.port, output: 'json', logLevel: 'error' })).lhr;
          if (!lhr.runtimeError) break;
          console.warn(`lighthouse ${target.label}: ${lhr.runtimeError.code}, running again`);
        }
        const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
        const audit = (id) => lhr.audits[id]?.numericValue ?? null;
        const row = {
          url: target.label,
          reference: target.reference,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcp: Math.round(audit('largest-contentful-paint')),
          tbt: Math.round(audit('total-blocking-time')),
          cls: Number((audit('cumulative-layout-shift') ?? 0).toFixed(3)),
          transfer: Math.round((audit('total-byte-weight') ?? 0) / 1024),
          error: lhr.runtimeError?.code ?? null,
        };
        row.ok = row.reference || (!row.error && row.performance >= 98 && row.accessibility === 100 && row.bestPractices === 100 && row.seo === 100 && row.cls === 0);
        lighthouseRows.push(row);
        console.log(`lighthouse ${row.url}: perf ${row.performance}, a11y ${row.accessibility}, bp ${row.bestPractices}, seo ${row.seo}, CLS ${row.cls}`);
      }
    } finally {
      await chrome.kill();
    }
  } finally {
    server.kill();
    floorServer.close();
  }
}

const kib = (n) => (n / 1024).toFixed(1);
const md = [
  `# Benchmark (${new Date().toISOString().slice(0, 16)}Z)`,
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
  md.push(
    '## Lighthouse (mobile preset, local Chromium)',
    '',
    '| page | performance | accessibility | best practices | SEO | LCP ms | TBT ms | CLS | bytes KiB | budget |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...lighthouseRows.map((r) => `| ${r.url} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.transfer} | ${r.reference ? '—' : r.ok ? 'ok' : r.error ? `**missed** (${r.error})` : '**missed**'} |`),
    '',
  );
}
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/bench.md', md.join('\n'));
writeFileSync('bench/results/bench.json', JSON.stringify({ floor, pages, lighthouse: lighthouseRows }, null, 2));
console.log(md.join('\n'));
const missed = [...pages.filter((p) => !p.ok).map((p) => p.path), ...lighthouseRows.filter((r) => !r.ok).map((r) => `lighthouse ${r.url}`)];
if (missed.length) {
  console.error(`\nBudget missed: ${missed.join(', ')}`);
  process.exit(1);
}
console.log('\nAll budgets met. Results in bench/results/.');
