import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { localeOf, sitemapPaths, watchPage } from './helpers';

/**
 * Every page in the sitemap, in both languages: loads cleanly, is well-formed for search and
 * screen readers, passes axe (WCAG 2.2 A/AA) in light and dark theme, and reads without JS.
 */
const paths = sitemapPaths();
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/crawl-count.txt', `${paths.length} pages (${paths.filter((p) => p.startsWith('/ja/')).length} ja, ${paths.filter((p) => p.startsWith('/en/')).length} en, plus /)`);

// Link targets are fetched once per worker, not once per page that links to them.
const fetched = new Map<string, { status: number; html: string }>();

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('crawl: every page in the sitemap', () => {
  for (const path of paths) {
    test(`page ${path}`, async ({ page, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const problems = watchPage(page, origin);
      const response = await page.goto(path === '/' ? './' : `.${path}`, { waitUntil: 'networkidle' });
      expect(response?.status(), 'status').toBe(200);

      const locale = localeOf(new URL(page.url()).pathname.replace(new URL(baseURL!).pathname.replace(/\/$/, ''), ''));
      if (locale) await expect(page.locator('html')).toHaveAttribute('lang', locale);
      expect((await page.title()).trim().length, 'title').toBeGreaterThan(0);
      const description = await page.locator('meta[name="description"]').getAttribute('content');
      expect(description?.trim().length ?? 0, 'meta description').toBeGreaterThan(0);
      await expect(page.locator('h1'), 'exactly one h1').toHaveCount(1);

      // Every internal link resolves, and every #fragment exists on its target page.
      const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      const internal = [...new Set(hrefs.filter((h) => h.startsWith(origin)))];
      for (const href of internal) {
        const url = new URL(href);
        const target = `${url.origin}${url.pathname}`;
        if (!fetched.has(target)) {
          const res = await page.request.get(target);
          fetched.set(target, { status: res.status(), html: res.status() === 200 ? await res.text() : '' });
        }
        const { status, html } = fetched.get(target)!;
        expect(status, `link ${href}`).toBe(200);
        if (url.hash.length > 1) {
          const id = decodeURIComponent(url.hash.slice(1));
          expect(html.includes(`id="${id}"`), `fragment ${href}`).toBe(true);
        }
      }

      for (const scheme of ['light', 'dark'] as const) {
        await page.evaluate((s) => {
          localStorage.setItem('theme', s);
          document.documentElement.setAttribute('data-theme', s);
        }, scheme);
        const axe = await new AxeBuilder({ page }).withTags(wcag).analyze();
        const summary = axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
        expect(summary, `axe violations in ${scheme} theme`).toEqual([]);
      }
      expect(problems, 'console errors, page errors, failed or foreign requests').toEqual([]);
    });
  }
});

test.describe('crawl: without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const path of paths) {
    test(`no-JS ${path}`, async ({ page }) => {
      await page.goto(path === '/' ? './' : `.${path}`);
      const h1 = page.locator('h1');
      await expect(h1).toHaveCount(1);
      await expect(h1).toBeVisible();
      const text = (await page.locator('main').innerText()).trim();
      expect(text.length, 'main text').toBeGreaterThan(40);
    });
  }
});
