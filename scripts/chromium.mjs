import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** CHROMIUM_PATH, else the system Chromium, else Playwright's own download (if installed). */
export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const system = candidates.find((p) => p && existsSync(p));
  if (system) return system;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return null;
}

export function describeMissingBrowser() {
  return 'No Chromium found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium fonts-noto-cjk`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium binary.';
}
