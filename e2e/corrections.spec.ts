import { expect, test } from './fixtures';
import { locales } from './helpers';

for (const locale of locales) {
  // The page's entries and its jump list, on one load of the page.
  test(`the corrections page lists at least 13 entries, newest first, each with a source and pages that open; the jump list links every entry and a link opens its entry (${locale})`, async ({ page, request }) => {
    await page.goto(`./${locale}/corrections/`);
    // Every entry read in one call.
    const entries = await page.locator('[data-correction]').evaluateAll((els) =>
      els.map((e) => ({
        id: e.id,
        title: e.querySelector('h2')?.textContent?.trim() ?? '',
        firstTitleText: e.querySelector('h2')?.firstChild?.textContent?.trim() ?? '',
        date: e.querySelector('time')?.getAttribute('datetime') ?? '',
        sources: e.querySelectorAll('[data-testid="correction-sources"] a[href^="http"]').length,
        pages: Array.from(e.querySelectorAll<HTMLAnchorElement>('[data-testid="correction-pages"] a')).map((a) => a.href),
      })),
    );
    expect(entries.length).toBeGreaterThanOrEqual(13);
    for (const e of entries) {
      expect.soft(e.id, `entry “${e.title}” has an id`).toBeTruthy();
      expect.soft(e.title, `entry ${e.id}: title`).not.toBe('');
      expect.soft(e.sources, `entry ${e.id}: sources`).toBeGreaterThan(0);
      expect.soft(e.pages.length, `entry ${e.id}: pages changed`).toBeGreaterThan(0);
    }
    // Newest first.
    const dates = entries.map((e) => e.date);
    expect([...dates].sort().reverse()).toEqual(dates);
    // Every page named as changed opens, and its #anchor (if any) exists there.
    for (const href of new Set(entries.flatMap((e) => e.pages))) {
      const url = new URL(href);
      expect(url.pathname.startsWith(`/${locale}/`) || url.pathname.includes(`/${locale}/`)).toBe(true);
      const res = await request.get(url.pathname);
      expect(res.status(), href).toBe(200);
      if (url.hash) expect(await res.text(), href).toContain(`id="${url.hash.slice(1)}"`);
    }

    // The jump list: one link per entry, in the page's order, named by the entry's title.
    const jump = page.getByTestId('corrections-jump');
    await expect(jump).toHaveAccessibleName(locale === 'ja' ? 'このページの内容' : 'On this page');
    const links = jump.locator('a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(entries.map((e) => `#${e.id}`));
    expect(await links.allInnerTexts()).toEqual(entries.map((e) => e.firstTitleText));
    // The last link jumps to the last entry.
    const last = entries.at(-1)!.id;
    await links.last().click();
    await expect(page).toHaveURL(new RegExp(`#${last}$`));
    await expect(page.locator(`#${last}`)).toBeInViewport();
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
