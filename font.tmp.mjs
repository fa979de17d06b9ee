import { chromium } from '@playwright/test';
for (const f of ['a', 'b', 'c', 'a', 'b', 'c', 'a', 'b', 'c']) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:4399/${f}.html`, { waitUntil: 'load' });
  await page.waitForTimeout(500);
  const m = await page.evaluate(() => { const nav = performance.getEntriesByType('navigation')[0]; const p = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint'); return [Math.round(p?.startTime), Math.round(nav.loadEventEnd)]; });
  console.log(f, m.join(' '));
  await browser.close();
}
