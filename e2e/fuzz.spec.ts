import { expect, test } from '@playwright/test';
import { idle } from './helpers';

/**
 * 300 generated URLs: random and hostile query strings for the pages that read the URL
 * (simulator, presenter, error lookup, search), unknown paths, overlong values and encoded
 * script tags. No page may throw, echo the input as markup, or be left without a clear message.
 * The generator is seeded, so a failure names a URL that reproduces it.
 */
function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

const hostile = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "javascript:window.__pwned=1",
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '{{7*7}}',
  '../../../../etc/passwd',
  '\u0000\u0001\u202e',
  '０ｘＣ００４Ｃ００３',
  '-1073430525',
  '9'.repeat(400),
  'A'.repeat(5000),
  '%E0%A4%A',
  '-5',
  '1e309',
  'NaN',
  '[]',
  '{"__proto__":{"x":1}}',
];

function makeUrls(count: number): string[] {
  const random = rng(20260413);
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const junk = () => {
    const chars = 'abcXYZ019<>"\'&%=;#/?\\ あ認証　-_.~';
    return Array.from({ length: 1 + Math.floor(random() * 40) }, () => pick([...chars])).join('');
  };
  const value = () => (random() < 0.5 ? pick(hostile) : junk());
  const enc = (v: string) => (random() < 0.7 ? encodeURIComponent(v) : v.replace(/[#\s]/g, encodeURIComponent));
  const locale = () => pick(['ja', 'en']);
  const makers = [
    () => `/${locale()}/simulator/?${pick(['seats', 'limit', 'key', 'ev', 'reinstall', 'flag', 'preset', 'x'])}=${enc(value())}&${pick(['ev', 'seats', 'limit'])}=${enc(value())}`,
    () => `/${locale()}/simulator/?ev=${Array.from({ length: Math.floor(random() * 3000) }, () => pick(['a', 'r1', 'm2', 'x1', 'l', 'b', 'v', 'zz', ','])).join(',')}`,
    () => `/${locale()}/classroom/present/?step=${enc(value())}`,
    () => `/${locale()}/classroom/notes/?step=${enc(value())}`,
    () => `/${locale()}/errors/?code=${enc(value())}`,
    () => `/${locale()}/search/?q=${enc(value())}`,
    () => `/${locale()}/tools/slmgr/?${enc(junk())}=${enc(value())}`,
    () => `/${locale()}/story/${encodeURIComponent(junk()).slice(0, 80)}/`,
    () => `/${encodeURIComponent(junk()).slice(0, 60)}/`,
    () => `/${locale()}/errors/${encodeURIComponent(value()).slice(0, 120)}/`,
  ];
  return Array.from({ length: count }, () => pick(makers)());
}

const urls = makeUrls(300);
const batch = 10;

for (let i = 0; i < urls.length; i += batch) {
  test(`fuzz URLs ${i + 1}–${i + batch}`, async ({ page, baseURL }) => {
    test.setTimeout(120_000);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    for (const url of urls.slice(i, i + batch)) {
      const response = await page.goto(`${baseURL}${url}`, { waitUntil: 'load' });
      const status = response?.status() ?? 0;
      expect([200, 404], `status of ${url}`).toContain(status);
      // A clear message: the page has its one h1 (the 404 page's, or the page's own).
      await expect(page.locator('h1').first(), `h1 on ${url}`).toBeVisible();
      // Scripts the page runs after load (hydration, effects reading the URL) have run.
      await idle(page);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned);
      expect(pwned, `script from ${url} ran`).toBeUndefined();
      const injected = await page.locator('img[src="x"], script:has-text("__pwned")').count();
      expect(injected, `markup from ${url} was echoed`).toBe(0);
    }
    expect(errors).toEqual([]);
  });
}
