import { describe, expect, it } from 'vitest';
import { browserFromVersion, hostLine } from './host.mjs';

describe('hostLine', () => {
  it('names the CPU, the browser and the median and range of the benchmark index', () => {
    expect(hostLine({ cpu: 'AMD EPYC', cores: 2, browser: 'Chromium 156.0.8078.114', indexes: [1488.5, 2633, null, 1203.5] })).toBe(
      'Host: AMD EPYC × 2 cores; Chromium 156.0.8078.114; Lighthouse benchmarkIndex median 1489 (1204–2633, 3 runs).',
    );
  });
  it('says so when nothing was reported', () => {
    expect(hostLine({ cpu: '', cores: 4, browser: null, indexes: [undefined] })).toBe(
      'Host: unknown CPU × 4 cores; unknown browser; Lighthouse benchmarkIndex not reported.',
    );
  });
});

describe('browserFromVersion', () => {
  it('reads the name and version that the browser prints, and nothing from other text', () => {
    expect(browserFromVersion('Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)\n')).toBe('Chromium 156.0.8078.114');
    expect(browserFromVersion('Google Chrome 150.0.7000.1 ')).toBe('Google Chrome 150.0.7000.1');
    expect(browserFromVersion('bash: chromium: command not found')).toBeNull();
    expect(browserFromVersion(undefined)).toBeNull();
  });
});
