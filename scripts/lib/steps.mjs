// The step runner behind `npm test` (scripts/test-all.mjs): runs commands, in parallel where
// asked, and keeps one tally. A gate (types, lint, build…) counts as one test; a suite (Vitest,
// Playwright) counts its own tests from its JSON report. Exit code 77 means "could not run":
// counted as skipped, never as passed. Flaky tests (passed only on a retry) are counted apart and,
// on CI, as failures. The summary line is the last line printed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

export const SKIPPED = 77;

export function createRunner({ ci = Boolean(process.env.CI), log = console.log, now = Date.now } = {}) {
  const started = now();
  const tally = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  const notes = { failed: [], skipped: [], flaky: [] };
  const pending = new Set();

  /** Runs one command; resolves with its exit code. Buffered output is printed in one block at the end. */
  function run(label, command, args, { env, stream = false } = {}) {
    const t0 = now();
    log(`\n▶ ${label}: ${command} ${args.join(' ')}${stream ? '' : ' (output shown when it ends)'}`);
    return new Promise((resolve) => {
      const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
      const chunks = [];
      child.stdout?.on('data', (d) => chunks.push(d));
      child.stderr?.on('data', (d) => chunks.push(d));
      const finish = (code) => {
        const out = Buffer.concat(chunks).toString().trimEnd();
        if (out) log(`── ${label} ──\n${out}`);
        const mark = code === 0 ? '✔' : code === SKIPPED ? '○' : '✘';
        log(`${mark} ${label}${code === SKIPPED ? ' skipped' : ''} (${((now() - t0) / 1000).toFixed(1)} s)`);
        resolve(code);
      };
      child.on('error', (error) => {
        chunks.push(Buffer.from(String(error)));
        finish(127);
      });
      child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
    });
  }

  const track = (promise) => {
    pending.add(promise);
    promise.finally(() => pending.delete(promise));
    return promise;
  };

  /** A check that counts as one test. Resolves true when it passed. */
  function gate(label, command, args, options) {
    return track(
      run(label, command, args, options).then((code) => {
        if (code === 0) tally.passed++;
        else if (code === SKIPPED) {
          tally.skipped++;
          notes.skipped.push(label);
        } else {
          tally.failed++;
          notes.failed.push(label);
        }
        return code === 0;
      }),
    );
  }

  /**
   * A test runner that writes a JSON report; `count(report)` gives { passed, failed, skipped, flaky }.
   * A run that fails without a failed test in its report (a crash, a file that does not load) is one failure.
   */
  function suite(label, command, args, report, count, options) {
    rmSync(report, { force: true });
    return track(
      run(label, command, args, options).then((code) => {
        let counts = null;
        if (existsSync(report)) {
          try {
            counts = count(JSON.parse(readFileSync(report, 'utf8')));
          } catch {
            counts = null;
          }
        }
        const c = { passed: 0, failed: 0, skipped: 0, flaky: 0, ...counts };
        tally.passed += c.passed;
        tally.failed += c.failed;
        tally.skipped += c.skipped;
        tally.flaky += c.flaky;
        if (c.failed) notes.failed.push(`${c.failed} ${label}`);
        if (c.skipped) notes.skipped.push(`${c.skipped} ${label}`);
        if (c.flaky) {
          notes.flaky.push(`${c.flaky} ${label}`);
          if (ci) {
            tally.failed += c.flaky;
            notes.failed.push(`${c.flaky} flaky ${label} (flaky counts as failed on CI)`);
          }
        }
        if (code !== 0 && c.failed === 0 && !(ci && c.flaky)) {
          tally.failed++;
          notes.failed.push(`${label} run (exit ${code})`);
        }
        return code === 0 && c.failed === 0;
      }),
    );
  }

  /** A step that did not run because an earlier one failed: one skipped entry, named. */
  function notRun(label, reason) {
    tally.skipped++;
    notes.skipped.push(`${label} (${reason})`);
    log(`○ ${label} not run: ${reason}`);
  }

  async function settle() {
    while (pending.size) await Promise.all([...pending]);
  }

  /** Prints the notes and, last, the summary line; returns the exit code. */
  async function finish() {
    await settle();
    if (notes.skipped.length) log(`\nSkipped: ${notes.skipped.join(', ')}`);
    if (notes.flaky.length) log(`Flaky: ${notes.flaky.join(', ')}`);
    if (notes.failed.length) log(`Failed: ${notes.failed.join(', ')}`);
    const minutes = ((now() - started) / 60_000).toFixed(1);
    log(`\n${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped, ${tally.flaky} flaky in ${minutes} min`);
    return tally.failed ? 1 : 0;
  }

  return { run, gate, suite, notRun, settle, finish, tally };
}

/** Counts from Vitest's JSON reporter. */
export const vitestCounts = (r) => ({
  passed: r.numPassedTests ?? 0,
  failed: r.numFailedTests ?? 0,
  skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  flaky: 0,
});

/** Counts from Playwright's JSON reporter: `flaky` passed only on a retry. */
export const playwrightCounts = (r) => ({
  passed: r.stats?.expected ?? 0,
  failed: r.stats?.unexpected ?? 0,
  skipped: r.stats?.skipped ?? 0,
  flaky: r.stats?.flaky ?? 0,
});
