// Runs the team's shared content-rules check (no copied thread passages, no real product keys)
// when ../shared is present, as it is on the team's machines and in CI.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const tool = '../shared/tools/check-content-rules.mjs';
if (!existsSync(tool)) {
  console.log(`content rules: skipped (${tool} is not present on this machine)`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [tool, '.'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
