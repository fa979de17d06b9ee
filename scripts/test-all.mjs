// `npm test`: every check, independent ones in parallel, then one line, last:
// `N passed, N failed, N skipped, N flaky in M min`. Each gate (types, lint, content, content
// rules, build, HTML, site checks) counts as one test; Vitest and Playwright count their own.
// A check that cannot run is skipped, not passed; flaky tests count as failures on CI.
// Exit code 1 when anything failed. Arguments are passed to Playwright (e.g. `npm test -- e2e/x.spec.ts`).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism, tmpdir } from 'node:os';
import { createRunner, playwrightCounts, vitestCounts } from './lib/steps.mjs';

mkdirSync('test-results', { recursive: true });
const { gate, suite, notRun, settle, finish } = createRunner();
const npx = 'npx';
const node = process.execPath;
const cores = availableParallelism();
console.log(`npm test on ${cores} core(s)`);

// 1. Types first (the build skips its own type check once this has passed); the rest alongside.
const typed = (async () => (await gate('types', npx, ['--no-install', 'next', 'typegen'])) && gate('typecheck', npx, ['--no-install', 'tsc', '--noEmit']))();
gate('lint', npx, ['--no-install', 'eslint', '.', '--max-warnings=0']);
gate('content', npx, ['--no-install', 'tsx', 'scripts/check-content.ts']);
gate('content rules', node, ['scripts/content-rules.mjs']);
gate('Japanese style (textlint)', node, ['scripts/textlint-ja.mjs']);
suite('unit tests', npx, ['--no-install', 'vitest', 'run', '--reporter=dot', '--reporter=json', '--outputFile.json=test-results/unit.json'], 'test-results/unit.json', vitestCounts);

// 2. The build, then the checks over out/ and the browser tests, side by side.
const skipTypecheck = (await typed) ? { SKIP_NEXT_TYPECHECK: '1' } : {};
const built = await gate('build', 'npm', ['run', 'build'], { env: skipTypecheck, stream: true });
if (built) {
  gate('html-validate', node, ['scripts/validate-html.mjs']);
  gate('site checks (links, #fragments, pages vs sitemap)', node, ['scripts/check-site.mjs']);
  await suite('end-to-end tests', 'npm', ['run', 'test:e2e', '--', ...process.argv.slice(2)], 'test-results/e2e.json', playwrightCounts, { stream: true });
  if (existsSync('test-results/crawl-count.txt')) console.log(`\nThe crawl checked ${readFileSync('test-results/crawl-count.txt', 'utf8').trim()}.`);

  // 3. The same site under a sub-path (BASE_PATH), as on a GitHub Pages project site. It replaces
  // out/, so everything reading out/ must have finished; types were checked above.
  await settle();
  // The link-preview PNGs do not depend on the base path: the second build copies the first's.
  const ogCache = mkdtempSync(join(tmpdir(), 'og-'));
  cpSync('out/og', ogCache, { recursive: true });
  const env = { BASE_PATH: '/license-lesson', OG_IMAGES_FROM: ogCache, ...skipTypecheck };
  const subPathBuilt = await gate('build under /license-lesson', 'npm', ['run', 'build'], { env, stream: true });
  rmSync(ogCache, { recursive: true, force: true });
  if (subPathBuilt) {
    gate('site checks under /license-lesson', node, ['scripts/check-site.mjs'], { env });
    await suite('sub-path tests', 'npm', ['run', 'test:e2e'], 'test-results/e2e.json', playwrightCounts, { env, stream: true });
  } else notRun('sub-path tests', 'the sub-path build failed');
} else {
  for (const step of ['html-validate', 'site checks', 'end-to-end tests', 'sub-path build and tests']) notRun(step, 'the build failed');
}

process.exit(await finish());
