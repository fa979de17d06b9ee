import { expect, test } from './fixtures';
import { browserSample, fuzzUrls } from './fuzz-urls';
import { idle } from './helpers';

/**
 * Fuzzed URLs in a real browser: hostile and random query strings for the pages that read the URL
 * (simulator, presenter, speaker view, error lookup, search), unknown paths, overlong values and
 * encoded script tags. No page may throw, run the input as script, echo it as markup, or be left
 * without a clear message (its one h1).
 *
 * Why a sample of about 80 URLs guards as well as loading all 300 seeded ones (e2e/fuzz-urls.ts):
 * - React escapes every string it renders, so a URL can turn into markup or script only where
 *   code reads it, and the pages hand their URL to a few pure functions only: the simulator's
 *   scenario parser, the deck's ?step= parser, the error-code lookup, the search query cleaner
 *   and the language switch's path rewrite. lib/url-fuzz.test.ts feeds all 300 seeded URLs
 *   through every one of them: none throws, each gives a valid state or a clear "invalid", and
 *   what is written back to the address round-trips.
 * - What only a browser shows (a page error in an island, a value that reaches the DOM unescaped,
 *   a page left without its message) depends on the kind of page and the kind of value, not on
 *   which random junk is in it: the sample loads every hostile value on every kind of page that
 *   reads its query string (the deck's ?step= alternating between the presenter and the speaker
 *   view, which share one parser), in both languages and both of the generator's encodings, plus
 *   the first generated URL of every maker (the 3000-event list, the slmgr page, unknown story,
 *   top-level and error-code paths), with the same checks as before.
 */
const urls = browserSample().map((u) => u.url);
const batch = 13;

test('the browser sample keeps every URL maker and every hostile value', () => {
  const sample = browserSample();
  expect(new Set(sample.map((u) => u.kind))).toEqual(new Set(fuzzUrls.map((u) => u.kind)));
  expect(sample.length).toBeGreaterThanOrEqual(60);
  expect(sample.length).toBeLessThanOrEqual(80);
});

for (let i = 0; i < urls.length; i += batch) {
  test(`fuzz URLs ${i + 1}–${Math.min(i + batch, urls.length)} of ${urls.length}`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    for (const url of urls.slice(i, i + batch)) {
      const response = await page.goto(`${baseURL}${url}`, { waitUntil: 'load' });
      const status = response?.status() ?? 0;
      expect.soft([200, 404], `status of ${url}`).toContain(status);
      // A clear message: the page has its one h1 (the 404 page's, or the page's own).
      await expect.soft(page.locator('h1').first(), `h1 on ${url}`).toBeVisible();
      // Scripts the page runs after load (hydration, effects reading the URL) have run.
      await idle(page);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
      expect.soft(pwned, `script from ${url} ran`).toBeUndefined();
      const injected = await page.locator('img[src="x"], script:has-text("__pwned")').count();
      expect.soft(injected, `markup from ${url} was echoed`).toBe(0);
    }
    expect(errors).toEqual([]);
  });
}
