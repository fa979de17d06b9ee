import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // npm test runs the unit tests beside lint and the build on a 2-core machine: property tests
    // that take 1 s alone have taken 6–12 s there, past Vitest's 5 s default.
    testTimeout: 30_000,
  },
});
