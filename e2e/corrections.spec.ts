import { expect, test } from '@playwright/test';
import { locales } from './helpers';

for (const locale of locales) {
  test(`the corrections page lists at least 13 entries, each with a source and pages that open (${locale})`, async ({ page, request }) => {
    await page.goto(`./${locale}/corrections/`);
    await expect(page.locator('h1')).toHaveCount(1);
    const entries = page.locator('[data-correction]');
    const n = await entries.count();
    expect(n).toBeGreaterThanOrEqual(13);
    const dates: string[] = [];
    const pageLinks = new Set<string>();
    for (let i = 0; i < n; i++) {
      const entry = entries.nth(i);
      const id = (await entry.getAttribute('id'))!;
      expect(id).toBeTruthy();
      await expect(entry.locator('h2')).not.toBeEmpty();
      dates.push((await entry.locator('time').getAttribute('datetime'))!);
      const sources = entry.getByTestId('correction-sources').locator('a[href^="http"]');
      expect(await sources.count()).toBeGreaterThan(0);
      const links = entry.getByTestId('correction-pages').locator('a');
      expect(await links.count()).toBeGreaterThan(0);
      for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) pageLinks.add(href);
    }
    // Newest first.
    expect([...dates].sort().reverse()).toEqual(dates);
    // Every page named as changed opens, and its #anchor (if any) exists there.
    for (const href of pageLinks) {
      const url = new URL(href);
      expect(url.pathname.startsWith(`/${locale}/`) || url.pathname.includes(`/${locale}/`)).toBe(true);
      const res = await request.get(url.pathname);
      expect(res.status(), href).toBe(200);
      if (url.hash) expect(await res.text(), href).toContain(`id="${url.hash.slice(1)}"`);
    }
  });

  test(`an entry opens at its own anchor, and the footer and sources page link to the log (${locale})`, async ({ page }) => {
    await page.goto(`./${locale}/corrections/#retired-pc-frees-nothing`);
    await expect(page.locator('#retired-pc-frees-nothing')).toBeInViewport();
    await expect(page.locator('#retired-pc-frees-nothing [data-kind], #retired-pc-frees-nothing')).toHaveAttribute('data-kind', 'correction');
    await page.goto(`./${locale}/`);
    await page.locator('footer').locator(`a[href$="/${locale}/corrections/"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/corrections/$`));
    await page.goto(`./${locale}/sources/`);
    await page.getByTestId('corrections-link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/corrections/$`));
  });

  test(`the jump list links every entry, newest first, and a link opens its entry (${locale})`, async ({ page }) => {
    await page.goto(`./${locale}/corrections/`);
    const jump = page.getByTestId('corrections-jump');
    await expect(jump).toHaveAccessibleName(locale === 'ja' ? 'このページの内容' : 'On this page');
    const entries = page.locator('[data-correction]');
    const ids = await entries.evaluateAll((els) => els.map((e) => e.id));
    const titles = await entries.locator('h2').evaluateAll((hs) => hs.map((h) => h.firstChild?.textContent?.trim() ?? ''));
    const links = jump.locator('a');
    // One link per entry, in the page's order (itself checked newest first above), named by the entry's title.
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(ids.map((id) => `#${id}`));
    expect(await links.allInnerTexts()).toEqual(titles);
    const dates = await entries.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect([...dates].sort().reverse()).toEqual(dates);
    // The last link jumps to the last entry.
    const last = ids[ids.length - 1]!;
    await links.last().click();
    await expect(page).toHaveURL(new RegExp(`#${last}$`));
    await expect(page.locator(`#${last}`)).toBeInViewport();
  });

  test(`the sources page labels third-party hosts and retired pages (${locale})`, async ({ page }) => {
    await page.goto(`./${locale}/sources/other/`);
    await expect(page.locator('#OL-TERMS')).toHaveAttribute('data-host', 'third-party');
    await page.goto(`./${locale}/sources/`);
    await expect(page.locator('#M365-KEYS')).toHaveAttribute('data-host', 'microsoft');
    await expect(page.locator('#W7-GENUINE').getByTestId('retired')).toBeVisible();
    await expect(page.locator('#M365-KEYS time')).toHaveAttribute('datetime', '2026-11-29');
    await expect(page.locator('#M365-KEYS time')).toHaveText('2026-11-29');
  });
}

test('no 席 is used for "seat" in the Japanese lessons or glossary', async ({ page }) => {
  for (const path of ['ja/learn/seats-vs-activations/', 'ja/learn/volume-licensing/', 'ja/learn/license-channels/', 'ja/learn/license-vs-key/']) {
    await page.goto(`./${path}`);
    const text = await page.locator('main').innerText();
    expect(text, path).not.toMatch(/席数|席が|席を/);
  }
  await page.goto('./ja/glossary/');
  // The glossary may explain the English word "seat" (座席), never use 席 as the Japanese term.
  expect(await page.locator('main').innerText()).not.toMatch(/席数|（席）|席が|席を/);
});
