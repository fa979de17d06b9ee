import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { testBrowserPath } from './scripts/chromium.mjs';
import { normaliseBasePath } from './scripts/lib/base-path.mjs';

const port = Number(process.env.E2E_PORT || 4173);
const basePath = normaliseBasePath();
const executablePath = testBrowserPath() ?? undefined;

export default defineConfig({
  testDir: './e2e',
  // The sub-path smoke test runs only against a BASE_PATH build, and then alone.
  testIgnore: basePath ? [] : ['**/basepath.spec.ts'],
  testMatch: basePath ? ['**/basepath.spec.ts'] : ['**/*.spec.ts'],
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // One worker per core (E2E_WORKERS to override): the tests are CPU-bound (axe, layout).
  workers: Number(process.env.E2E_WORKERS) || availableParallelism(),
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    // A trace is recorded only when a failed test is run again (CI retries once): recording one for
    // every test snapshots the page at each action, a cost every passing test paid for nothing.
    // Locally: `npx playwright test --trace on` to record one.
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node scripts/serve.mjs`,
    env: { PORT: String(port), HOST: '127.0.0.1', BASE_PATH: basePath },
    url: `http://127.0.0.1:${port}${basePath}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
