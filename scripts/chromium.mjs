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

/**
 * The browser for the end-to-end tests: CHROMIUM_PATH, else Chromium's headless shell (Debian's
 * `chromium-headless-shell`, the same Blink and V8 as the full browser, without its window and
 * compositor; it is what Playwright itself runs for headless tests), else chromiumPath().
 * Measured on 2 cores: the 179 browser tests took 8.0 min with the full browser, 4.6 min with
 * the shell. Lighthouse (`npm run bench`) and screenshots keep the full browser.
 */
export function testBrowserPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const shell = '/usr/bin/chromium-headless-shell';
  return existsSync(shell) ? shell : chromiumPath();
}

export function describeMissingBrowser() {
  return 'No Chromium found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium-headless-shell chromium fonts-noto-cjk`; elsewhere: `npx playwright install chromium`) or set CHROMIUM_PATH to a Chromium binary.';
}
