import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { routeOf } from '../lib/content/route-table';
import { expectNoSidewaysScroll, idle, localeOf, sitemapPaths, watchPage } from './helpers';

/**
 * Every page in the sitemap (the sitemap comes from the route table; scripts/check-site.mjs checks
 * that every page in out/ is in it), in both languages, in a real browser: status, console and
 * page errors, failed or foreign requests, lang, title, description, one h1; axe (WCAG 2.2 A/AA)
 * on every page in one theme and on the first page of every template (route) in both; no
 * sideways scrolling at 320 and 390 px, with and without JavaScript; the h1 and main text without
 * JavaScript. Links, #fragments and the HTML itself are checked statically over out/ (npm test).
 * Pages are visited in batches (see batches() below); every check names its page.
 */
const paths = sitemapPaths();
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/crawl-count.txt', `${paths.length} pages (${paths.filter((p) => p.startsWith('/ja/')).length} ja, ${paths.filter((p) => p.startsWith('/en/')).length} en, plus /)`);

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
type Theme = 'light' | 'dark';

/** The route a page belongs to ('/' is the language picker). */
const templateOf = (path: string) => (path === '/' ? '(language picker)' : (routeOf(path.replace(/^\/(ja|en)\/?/, ''))?.route ?? `(unknown) ${path}`));

/**
 * Themes to audit: both for a template's first page; then one each, alternating by pair so that
 * ja and en pages (which come in pairs in the sitemap) both get light and dark.
 */
const seen = new Map<string, number>();
const themesOf = new Map<string, Theme[]>(
  paths.map((path) => {
    const template = templateOf(path);
    const k = seen.get(template) ?? 0;
    seen.set(template, k + 1);
    return [path, k === 0 ? ['light', 'dark'] : (Math.floor(k / 2) + k) % 2 ? ['dark'] : ['light']];
  }),
);

/**
 * axe-core's own script, the copy AxeBuilder itself would inject (its dependency). It is added to
 * every document of the crawl's browser page as an init script, so AxeBuilder finds it there and
 * does not inject its 0.5 MB again into each page (measured: about 0.25 s less a page).
 */
const axeCoreSource = readFileSync(createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve('axe-core/axe.min.js'), 'utf8');
const alreadyInjected = '/* axe-core is already in the page: the crawl adds it as an init script */';

async function axe(page: Page, theme: Theme) {
  await page.evaluate((t) => {
    localStorage.setItem('theme', t);
    document.documentElement.setAttribute('data-theme', t);
  }, theme);
  // Only violations are collected in full (axe's resultTypes): the same rules run, and on long
  // pages the call is measurably faster (story step 14.7 → 9.0 s on a loaded 2-core machine).
  // Legacy mode runs axe.run() in the page itself instead of runPartial() plus finishRun() in a
  // new blank page: the same rules and results for a page without cross-origin frames (ours have
  // none), in about half the time (story step 1.4 → 0.4 s, sources 2.3 → 1.1 s, idle machine).
  const result = await new AxeBuilder({ page, axeSource: alreadyInjected }).withTags(wcag).options({ resultTypes: ['violations'] }).setLegacyMode(true).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
}

const url = (path: string) => (path === '/' ? './' : `.${path}`);

/**
 * Pages are checked in batches, one browser page per batch: a fresh context and page for each
 * URL cost more than the checks themselves (measured: 50 pages without JavaScript, 53 s one test a
 * page against 13 s in batches of 25). Every check is soft and names its page, so one failure
 * neither hides the others nor stops the batch; each URL is still a fresh document load.
 */
function batches(size: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < paths.length; i += size) out.push(paths.slice(i, i + size));
  return out;
}
const title = (batch: string[]) => `${batch.length} pages: ${batch[0]} … ${batch.at(-1)}`;

test.describe('crawl: every page in the sitemap', () => {
  for (const batch of batches(10)) {
    test(`with JavaScript, ${title(batch)}`, async ({ page, context, baseURL }) => {
      test.setTimeout(240_000);
      await context.addInitScript({ content: axeCoreSource });
      const origin = new URL(baseURL!).origin;
      const problems = watchPage(page, origin);
      for (const path of batch) {
        const themes = themesOf.get(path)!;
        problems.length = 0;
        await page.setViewportSize({ width: 1280, height: 800 });
        const response = await page.goto(url(path), { waitUntil: 'load' });
        expect.soft(response?.status(), `${path}: status`).toBe(200);
        // With JavaScript, / sends the visitor to /ja/ or /en/ by the browser's languages.
        if (path === '/') await page.waitForURL(/\/(ja|en)\/$/, { waitUntil: 'load' });

        const locale = localeOf(new URL(page.url()).pathname.replace(new URL(baseURL!).pathname.replace(/\/$/, ''), ''));
        // lang, title, description and the h1s in one call; a miss is checked again by Playwright's
        // waiting assertion (the page may still be settling), which then names what it found.
        const head = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          title: document.title.trim().length,
          description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length ?? 0,
          h1s: document.querySelectorAll('h1').length,
        }));
        if (locale && head.lang !== locale) await expect.soft(page.locator('html'), `${path}: lang`).toHaveAttribute('lang', locale);
        expect.soft(head.title, `${path}: title`).toBeGreaterThan(0);
        expect.soft(head.description, `${path}: meta description`).toBeGreaterThan(0);
        if (head.h1s !== 1) await expect.soft(page.locator('h1'), `${path}: exactly one h1`).toHaveCount(1);

        await idle(page);
        for (const theme of themes) expect.soft(await axe(page, theme), `${path}: axe violations in ${theme} theme`).toEqual([]);
        if (path !== '/') {
          await expectNoSidewaysScroll(page, 390, `${path}: with JavaScript`);
          await expectNoSidewaysScroll(page, 320, `${path}: with JavaScript`);
        }
        expect.soft([...problems], `${path}: console errors, page errors, failed or foreign requests`).toEqual([]);
      }
    });
  }
});

test.describe('crawl: without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const batch of batches(15)) {
    test(`no JavaScript, ${title(batch)}`, async ({ page }) => {
      test.setTimeout(180_000);
      for (const path of batch) {
        await page.setViewportSize({ width: 320, height: 844 });
        await page.goto(url(path), { waitUntil: 'load' });
        // A static page (no script runs): read in one call, not one round trip a check.
        const { h1s, h1Visible, text } = await page.evaluate(() => {
          const h1 = document.querySelector('h1');
          const box = h1?.getBoundingClientRect();
          return {
            h1s: document.querySelectorAll('h1').length,
            // Visible as Playwright means it: a non-empty box and not visibility: hidden.
            h1Visible: !!h1 && !!box && box.width > 0 && box.height > 0 && getComputedStyle(h1).visibility !== 'hidden',
            text: (document.querySelector('main')?.innerText ?? '').trim().length,
          };
        });
        expect.soft(h1s, `${path}: one h1`).toBe(1);
        expect.soft(h1Visible, `${path}: h1 visible`).toBe(true);
        expect.soft(text, `${path}: main text`).toBeGreaterThan(40);
        await expectNoSidewaysScroll(page, 320, `${path}: without JavaScript`);
        await expectNoSidewaysScroll(page, 390, `${path}: without JavaScript`);
      }
    });
  }
});
