import { expect, test } from '@playwright/test';
import { locales } from './helpers';

for (const locale of locales) {
  test.describe(`error codes (${locale})`, () => {
    test('typing a signed decimal into the lookup lands on the 0xC004C003 page', async ({ page }) => {
      await page.goto(`./${locale}/errors/`);
      await page.getByTestId('code-lookup-input').fill('-1073430525');
      await page.getByTestId('code-lookup-input').press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/errors/0xc004c003/$`));
      await expect(page.getByTestId('error-code')).toHaveText('0xC004C003');
    });

    for (const spelling of ['C004C020', '０ｘＣ００４Ｃ０２０', '0x c004 c020', '3221536800']) {
      test(`the lookup understands “${spelling}”`, async ({ page }) => {
        await page.goto(`./${locale}/errors/`);
        await page.getByTestId('code-lookup-input').fill(spelling);
        await page.getByTestId('code-lookup-input').press('Enter');
        await expect(page).toHaveURL(new RegExp(`/errors/0xc004c020/$`));
      });
    }

    test('an unknown but well-formed code suggests known ones; junk gets a clear message', async ({ page }) => {
      await page.goto(`./${locale}/errors/`);
      const input = page.getByTestId('code-lookup-input');
      await input.fill('0xC004C0FF');
      await input.press('Enter');
      await expect(page.getByTestId('lookup-suggestion').first()).toBeVisible();
      await expect(page).toHaveURL(/\/errors\/$/);
      await input.fill('hello <b>world</b>');
      await input.press('Enter');
      await expect(page.getByTestId('code-lookup-status')).not.toBeEmpty();
      await expect(page.locator('b', { hasText: 'world' })).toHaveCount(0);
    });

    test('the 404 page has a working lookup', async ({ page }) => {
      const res = await page.goto(`./${locale}/no-such-page/`);
      expect(res?.status()).toBe(404);
      const input = page.locator(`section[lang="${locale}"] input[name="code"]`);
      await input.fill('c004c003');
      await input.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/errors/0xc004c003/$`));
    });

    test('“why did I get this?” ranks causes differently for an auction key and a new motherboard', async ({ page }) => {
      await page.goto(`./${locale}/errors/0xc004c003/`);
      await page.getByTestId('key-source-auction').check();
      await page.getByTestId('recent-change-nothing').check();
      const first = page.getByTestId('diagnosis-result').locator('li').first();
      const auctionCause = await first.getAttribute('data-cause');
      await page.getByTestId('key-source-with-pc').check();
      await page.getByTestId('recent-change-new-motherboard').check();
      const motherboardCause = await page.getByTestId('diagnosis-result').locator('li').first().getAttribute('data-cause');
      expect(auctionCause).toBeTruthy();
      expect(motherboardCause).toBeTruthy();
      expect(motherboardCause).not.toBe(auctionCause);
    });

    test('the filter narrows the table as you type', async ({ page }) => {
      await page.goto(`./${locale}/errors/`);
      const rows = page.locator('#error-table tbody tr');
      const all = await rows.count();
      await page.getByTestId('table-filter').fill('C004C02');
      await expect(page.locator('#error-table tbody tr:visible')).toHaveCount(2);
      expect(all).toBeGreaterThan(30);
    });
  });
}
