// `npm run shots`: screenshots for review by eye. Serves the built out/ (run `npm run build`
// first), then photographs home, a story step, the simulator, a lesson, an error page and
// presenter mode at 390 x 844 and 1280 x 800, light and dark, in both languages, into shots/
// (git-ignored). PORT (default 4390) and CHROMIUM_PATH are honoured.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, describeMissingBrowser } from './chromium.mjs';

const port = Number(process.env.PORT || 4390);
const origin = `http://127.0.0.1:${port}`;
const pages = {
  home: '',
  'story-step': 'story/first-key/',
  simulator: 'simulator/',
  lesson: 'learn/license-vs-key/',
  error: 'errors/0xc004c020/',
  presenter: 'classroom/present/',
};
const sizes = { phone: { width: 390, height: 844 }, laptop: { width: 1280, height: 800 } };

if (!existsSync('out/index.html')) {
  console.error('shots: out/ is empty; run `npm run build` first.');
  process.exit(1);
}
const executablePath = chromiumPath();
if (!executablePath) {
  console.error(describeMissingBrowser());
  process.exit(1);
}

const server = spawn(process.execPath, ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' }, stdio: 'ignore' });
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${origin}/`)).ok) break;
    } catch {
      // not up yet
    }
    if (i > 100) throw new Error('shots: the server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  mkdirSync('shots', { recursive: true });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  let count = 0;
  for (const [size, viewport] of Object.entries(sizes)) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, isMobile: size === 'phone', hasTouch: size === 'phone' });
      const page = await context.newPage();
      for (const locale of ['ja', 'en']) {
        for (const [name, path] of Object.entries(pages)) {
          await page.goto(`${origin}/${locale}/${path}`, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready);
          const file = `shots/${locale}-${name}-${size}-${scheme}.png`;
          await page.screenshot({ path: file });
          count++;
        }
      }
      await context.close();
    }
  }
  await browser.close();
  console.log(`shots: ${count} screenshots in shots/`);
} finally {
  server.kill();
}
