import { expect, test } from './fixtures';
import { offlinePages } from '../lib/classroom/offline.mjs';
import { locales, storySteps, watchPage } from './helpers';

test('the workers precache only this site’s own files, each language its own pages', async ({ request }) => {
  for (const locale of locales) {
    const sw = await (await request.get(`./sw-${locale}.js`)).text();
    const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(offlinePages.length);
    for (const url of urls) expect(url, url).toMatch(/^\/(?!\/)/);
    const pages = urls.filter((u) => u.endsWith('/'));
    for (const page of pages) expect(page).toMatch(new RegExp(`^/${locale}/`));
    for (const path of offlinePages) expect(pages).toContain(`/${locale}/${path}`);
  }
});

for (const locale of locales) {
  test.describe(`offline classroom (${locale})`, () => {
    test('after one online visit to the classroom page, every page of the set loads offline', async ({ page, context, baseURL }) => {
      test.setTimeout(120_000);
      const problems = watchPage(page, new URL(baseURL!).origin);
      await page.goto(`./${locale}/classroom/`);
      const status = page.getByTestId('offline-status');
      await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
      await expect(status).not.toBeEmpty();

      await context.setOffline(true);
      const paths = [...offlinePages, ...storySteps(locale).map((s) => `story/${s.slug}/`), 'classroom/present/?step=3'];
      for (const path of paths) {
        const response = await page.goto(`./${locale}/${path}`);
        expect(response?.status(), path).toBe(200);
        expect(response?.fromServiceWorker(), path).toBe(true);
        await expect(page.locator('html')).toHaveAttribute('lang', locale);
        await expect(page.locator('h1'), path).toHaveCount(1);
        await expect(page.locator('h1'), path).not.toBeEmpty();
      }
      // Scripts came from the cache too: the presenter and the quiz work offline.
      await page.goto(`./${locale}/classroom/present/?step=2`);
      await expect(page.locator('[data-presenter="on"]')).toHaveCount(1);
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(/step=3$/);
      await page.goto(`./${locale}/quiz/`);
      await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-total', /\d+/);
      await page.getByTestId('quiz-question').first().locator('input[type="radio"]').first().check();
      await expect(page.getByTestId('quiz-feedback')).toHaveCount(1);
      expect(problems).toEqual([]);
    });
  });
}
