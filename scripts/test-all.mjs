// `npm test`: every check, in order, then one line `N passed, N failed`.
// Each gate (types, lint, content, content rules, build) counts as one test; Vitest and
// Playwright count their own tests.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const results = { passed: 0, failed: 0 };
const failures = [];

function run(label, command, args, { env } = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = child.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return ok;
}

function gate(label, command, args, options) {
  const ok = run(label, command, args, options);
  if (ok) results.passed++;
  else {
    results.failed++;
    failures.push(label);
  }
  return ok;
}

function countFromJson(file, pick) {
  if (!existsSync(file)) return null;
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

mkdirSync('test-results', { recursive: true });
const npx = 'npx';

if (gate('types', npx, ['--no-install', 'next', 'typegen'])) gate('typecheck', npx, ['--no-install', 'tsc', '--noEmit']);
gate('lint', npx, ['--no-install', 'eslint', '.', '--max-warnings=0']);
gate('content', npx, ['--no-install', 'tsx', 'scripts/check-content.ts']);
gate('content rules', process.execPath, ['scripts/content-rules.mjs']);
gate('Japanese style (textlint)', process.execPath, ['scripts/textlint-ja.mjs']);

rmSync('test-results/unit.json', { force: true });
const unitOk = run('unit tests', npx, ['--no-install', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json']);
const unit = countFromJson('test-results/unit.json', (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));
if (unit) {
  results.passed += unit.passed;
  results.failed += unit.failed;
  if (unit.failed) failures.push(`${unit.failed} unit test(s)`);
}
if (!unitOk && (!unit || unit.failed === 0)) {
  results.failed++;
  failures.push('unit test run');
}

const built = gate('build', 'npm', ['run', 'build']);
if (built) gate('html-validate', process.execPath, ['scripts/validate-html.mjs']);
if (built) {
  rmSync('test-results/e2e.json', { force: true });
  const e2eOk = run('end-to-end tests', 'npm', ['run', 'test:e2e', '--', ...process.argv.slice(2)]);
  const e2e = countFromJson('test-results/e2e.json', (r) => ({
    passed: r.stats.expected + r.stats.flaky,
    failed: r.stats.unexpected,
  }));
  if (e2e) {
    results.passed += e2e.passed;
    results.failed += e2e.failed;
    if (e2e.failed) failures.push(`${e2e.failed} end-to-end test(s)`);
  }
  if (!e2eOk && (!e2e || e2e.failed === 0)) {
    results.failed++;
    failures.push('end-to-end run');
  }
  if (existsSync('test-results/crawl-count.txt')) {
    console.log(`\nThe crawl checked ${readFileSync('test-results/crawl-count.txt', 'utf8').trim()}.`);
  }
  // The same site under a sub-path (BASE_PATH), as on a GitHub Pages project site.
  const env = { BASE_PATH: '/license-lesson' };
  if (gate('build under /license-lesson', 'npm', ['run', 'build'], { env })) {
    rmSync('test-results/e2e.json', { force: true });
    const ok = run('sub-path smoke test', 'npm', ['run', 'test:e2e'], { env });
    const sub = countFromJson('test-results/e2e.json', (r) => ({ passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected }));
    if (sub) {
      results.passed += sub.passed;
      results.failed += sub.failed;
      if (sub.failed) failures.push(`${sub.failed} sub-path test(s)`);
    }
    if (!ok && (!sub || sub.failed === 0)) {
      results.failed++;
      failures.push('sub-path run');
    }
  }
} else {
  console.log('✘ end-to-end tests skipped: the build failed');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
