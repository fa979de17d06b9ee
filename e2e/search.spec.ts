import { expect, test } from '@playwright/test';

const cases = [
  { locale: 'ja', q: '認証', expect: /\/ja\// },
  { locale: 'ja', q: 'ボリュームライセンス', expect: /\/ja\/(story|learn|glossary|fact-check)/ },
  { locale: 'ja', q: 'マルチライセンス認証キー', expect: /\/ja\/(errors\/0xc004c02[01]|story\/second-key|glossary)/ },
  { locale: 'ja', q: 'C004C020', expect: /\/ja\/errors\/0xc004c020\// },
  { locale: 'en', q: 'C004C020', expect: /\/en\/errors\/0xc004c020\// },
  { locale: 'en', q: 'MAK', expect: /\/en\// },
] as const;

for (const c of cases) {
  test(`search (${c.locale}) “${c.q}” finds the right page in the top three`, async ({ page }) => {
    await page.goto(`./${c.locale}/`);
    // The "/" shortcut works once the page has hydrated; keep pressing until it takes.
    await expect(async () => {
      await page.keyboard.press('/');
      await expect(page.locator('#site-search')).toBeFocused({ timeout: 500 });
    }).toPass({ timeout: 10_000 });
    await page.keyboard.type(c.q);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    const hrefs = await page.getByTestId('search-result').evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.some((h) => c.expect.test(h)), `${c.q}: ${hrefs.join(', ')}`).toBe(true);
  });
}

for (const [locale, other] of [
  ['ja', 'en'],
  ['en', 'ja'],
] as const) {
  test(`search on a ${locale} page returns no ${other} result`, async ({ page }) => {
    await page.goto(`./${locale}/search/?q=0xC004C003`);
    await expect(page.getByTestId('search-result').first()).toBeVisible();
    const hrefs = await page.getByTestId('search-result').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.every((h) => h.includes(`/${locale}/`))).toBe(true);
  });
}
