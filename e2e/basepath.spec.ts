import { expect, test } from './fixtures';
import { locales, storySteps, watchPage } from './helpers';
import { normaliseBasePath } from '../scripts/lib/base-path.mjs';

/**
 * Runs only against a build made with BASE_PATH (npm test does one at the end): the site under
 * a sub-path, as on a GitHub Pages project site. Links, assets, OG images, the sitemap and search.
 */
const basePath = normaliseBasePath();
if (!basePath) throw new Error('basepath.spec.ts runs only with BASE_PATH set');

for (const locale of locales) {
  test(`site under ${basePath} (${locale})`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const problems = watchPage(page, origin);
    const step = storySteps(locale)[2]!;
    for (const path of ['', `story/${step.slug}/`, 'simulator/']) {
      const res = await page.goto(`${baseURL}/${locale}/${path}`, { waitUntil: 'load' });
      expect(res?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      const og = await page.locator('meta[property="og:image"]').getAttribute('content');
      expect(og).toContain(`${basePath}/og/`);
      const ogRes = await page.request.get(`${origin}${new URL(og!).pathname}`);
      expect(ogRes.headers()['content-type']).toContain('image/png');
      const hrefs = await page.$$eval('a[href^="/"]', (as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.every((h) => h.startsWith(`${basePath}/`)), `links stay under ${basePath}`).toBe(true);
    }
    await page.goto(`${baseURL}/${locale}/story/${step.slug}/`);
    await page.locator('#site-search').fill('MAK');
    await page.locator('#site-search').press('Enter');
    await expect(page).toHaveURL(new RegExp(`${basePath}/${locale}/search/\\?q=MAK`));
    const first = page.getByTestId('search-result').first();
    await expect(first).toBeVisible();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${basePath}/${locale}/`));
    const sitemap = await page.request.get(`${baseURL}/sitemap.xml`);
    expect(await sitemap.text()).toContain(`${basePath}/${locale}/`);
    expect(problems).toEqual([]);
  });
}
