import { expect, test } from '@playwright/test';
import { storySteps } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link on a story step, then open the copied URL: it lands on that step', async ({ page, context }) => {
  const step = storySteps('ja')[3]!;
  await page.goto(`./ja/story/${step.slug}/`);
  await page.getByTestId('copy-step-link').click();
  await expect(page.getByTestId('copy-step-link-status')).not.toBeEmpty();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/ja/story/${step.slug}/$`));
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.locator('h1')).toHaveText(step.title);
});

test('every page carries Open Graph, Twitter and hreflang metadata', async ({ page, request, baseURL }) => {
  for (const path of ['ja/', 'en/story/first-key/', 'ja/errors/0xc004c020/']) {
    await page.goto(`./${path}`);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:locale:alternate', 'og:image']) {
      expect(await page.locator(`meta[property="${property}"]`).count(), property).toBeGreaterThan(0);
    }
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][hreflang="ja"]').count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(1);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const res = await request.get(`${baseURL}${new URL(og!).pathname}`);
    expect(res.headers()['content-type']).toContain('image/png');
  }
});
