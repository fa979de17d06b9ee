import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SKIPPED, createRunner, playwrightCounts, vitestCounts } from './steps.mjs';

const node = process.execPath;
const exit = (code: number) => ['-e', `process.exit(${code})`];

function runner(ci = false) {
  const lines: string[] = [];
  let t = 0;
  // A clock that advances 30 s per reading: the summary's minutes come from it, not from real time.
  const r = createRunner({ ci, log: (line: string) => lines.push(line), now: () => (t += 30_000) });
  return { ...r, lines };
}

/** A command that writes a JSON report and exits with `code`. */
function reporter(report: string, json: unknown, code: number) {
  return ['-e', `require('fs').writeFileSync(${JSON.stringify(report)}, ${JSON.stringify(JSON.stringify(json))}); process.exit(${code})`];
}

describe('npm test step runner', () => {
  it('counts gates as passed, failed or skipped (exit 77), and ends with the summary line', async () => {
    const r = runner();
    expect(await r.gate('ok', node, exit(0))).toBe(true);
    expect(await r.gate('broken', node, exit(2))).toBe(false);
    expect(await r.gate('cannot run', node, exit(SKIPPED))).toBe(false);
    expect(await r.finish()).toBe(1);
    expect(r.lines.at(-1)).toMatch(/^\n1 passed, 1 failed, 1 skipped, 0 flaky in \d+\.\d min$/);
    expect(r.lines.join('\n')).toContain('Skipped: cannot run');
    expect(r.lines.join('\n')).toContain('Failed: broken');
  });

  it('exits 0 when nothing failed, even with a skip', async () => {
    const r = runner();
    r.gate('a', node, exit(0));
    r.gate('b', node, exit(SKIPPED));
    expect(await r.finish()).toBe(0);
    expect(r.lines.at(-1)).toContain('1 passed, 0 failed, 1 skipped, 0 flaky');
  });

  it('runs gates in parallel and waits for all of them before the summary', async () => {
    const r = runner();
    const slow = ['-e', 'setTimeout(() => process.exit(0), 300)'];
    r.gate('one', node, slow);
    r.gate('two', node, slow);
    expect(await r.finish()).toBe(0);
    expect(r.lines.at(-1)).toContain('2 passed');
  });

  it("counts a suite's tests from its report; a crash with no failed test is one failure", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steps-'));
    const report = join(dir, 'r.json');
    const r = runner();
    await r.suite('unit', node, reporter(report, { numPassedTests: 5, numFailedTests: 1, numPendingTests: 2, numTodoTests: 0 }, 1), report, vitestCounts);
    await r.suite('crashed', node, exit(1), join(dir, 'none.json'), vitestCounts);
    expect(await r.finish()).toBe(1);
    expect(r.lines.at(-1)).toContain('5 passed, 2 failed, 2 skipped, 0 flaky');
  });

  it('reports flaky tests apart: not failed locally, failed on CI', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'steps-'));
    const report = join(dir, 'e2e.json');
    const stats = { stats: { expected: 10, unexpected: 0, skipped: 0, flaky: 1 } };
    const local = runner(false);
    await local.suite('e2e', node, reporter(report, stats, 0), report, playwrightCounts);
    expect(await local.finish()).toBe(0);
    expect(local.lines.at(-1)).toContain('10 passed, 0 failed, 0 skipped, 1 flaky');

    const ci = runner(true);
    await ci.suite('e2e', node, reporter(report, stats, 0), report, playwrightCounts);
    expect(await ci.finish()).toBe(1);
    expect(ci.lines.at(-1)).toContain('10 passed, 1 failed, 0 skipped, 1 flaky');
  });

  it('names a step that did not run as skipped', async () => {
    const r = runner();
    r.notRun('end-to-end tests', 'the build failed');
    await r.finish();
    expect(r.lines.join('\n')).toContain('Skipped: end-to-end tests (the build failed)');
    expect(r.lines.at(-1)).toContain('0 passed, 0 failed, 1 skipped');
  });

  it('prints elapsed minutes from the clock', async () => {
    const r = runner();
    await r.gate('a', node, exit(0));
    await r.finish();
    // Clock readings: start, gate start, gate end, summary = 4 × 30 s; the summary reads 90 s after start.
    expect(r.lines.at(-1)).toMatch(/in 1\.5 min$/);
  });
});
