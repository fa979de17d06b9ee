import { expect, test } from '@playwright/test';
import { locales } from './helpers';

const expected: Record<string, string[]> = {
  asker: ['0xC004C020', '0xC004C003'],
  firm: [],
  reseller: ['0xC004C020', '0xC004C020', '0xC004C003'],
  retail: [],
};

for (const locale of locales) {
  test.describe(`simulator (${locale})`, () => {
    for (const [preset, codes] of Object.entries(expected)) {
      test(`preset “${preset}” shows the codes it should`, async ({ page }) => {
        await page.goto(`./${locale}/simulator/?preset=${preset}`);
        await expect(page.getByTestId('sim-log')).toBeVisible();
        const shown = await page.locator('[data-testid="sim-log"] li[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
        expect(shown).toEqual(codes);
        if (codes.length) {
          const link = page.locator('[data-testid="sim-log"] a').first();
          await expect(link).toHaveAttribute('href', new RegExp(`/${locale}/errors/${codes[0]!.toLowerCase()}/$`));
        }
      });
    }

    test('buyers’ PCs stay unlicensed while the activation count rises; undo and reset work', async ({ page }) => {
      await page.goto(`./${locale}/simulator/?seats=2&limit=3&key=mak&ev=`);
      await page.getByTestId('sim-activate').click();
      await page.getByTestId('sim-leak').click();
      await expect(page.getByTestId('sim-activations')).toContainText('2');
      await expect(page.getByTestId('sim-unlicensed')).toContainText('1');
      await expect(page.getByTestId('sim-announce')).not.toBeEmpty();
      await page.getByTestId('sim-leak').click();
      await page.getByTestId('sim-leak').click();
      await expect(page.locator('[data-testid="sim-log"] li[data-code="0xC004C020"]')).toHaveCount(1);
      await page.getByTestId('sim-block').click();
      await page.getByTestId('sim-leak').click();
      await expect(page.locator('[data-testid="sim-log"] li[data-code="0xC004C003"]')).toHaveCount(1);
      await page.getByTestId('sim-undo').click();
      await expect(page.locator('[data-testid="sim-log"] li[data-code="0xC004C003"]')).toHaveCount(0);
      await page.getByTestId('sim-reset').click();
      await expect(page.getByTestId('sim-log')).toHaveCount(0);
    });

    test('a copied link opened in a new page shows the same state', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`./${locale}/simulator/?preset=reseller`);
      await page.getByTestId('sim-activate').click();
      const state = await page.getByTestId('sim-state').innerText();
      await page.getByTestId('sim-copy').click();
      await expect(page.getByTestId('sim-copy-status')).not.toBeEmpty();
      const url = await page.evaluate(() => navigator.clipboard.readText());
      expect(url).toBe(page.url());
      expect(url).toContain('ev=');
      const other = await context.newPage();
      await other.goto(url);
      await expect(other.getByTestId('sim-state')).toHaveText(state);
    });

    test('the language switch keeps the scenario', async ({ page }) => {
      await page.goto(`./${locale}/simulator/?preset=asker`);
      await page.getByTestId('sim-validate').click();
      await expect(page).toHaveURL(/ev=[^&]*,v,v$/);
      const before = new URL(page.url()).search;
      const events = new URLSearchParams(before).get('ev')!.split(',').length;
      await page.getByTestId('language-switch').click();
      await expect(page).toHaveURL(new RegExp(`/${locale === 'ja' ? 'en' : 'ja'}/simulator/`));
      await expect(page.locator('[data-testid="sim-log"] li')).toHaveCount(events);
      expect(new URL(page.url()).search).toBe(before);
    });

    test('hostile query strings show the notice and a working page', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`./${locale}/simulator/?seats=-9&limit=abc&key=%3Cscript%3E&ev=${'a,zz,'.repeat(400)}r99`);
      await expect(page.getByTestId('sim-corrections')).toBeVisible();
      await page.getByTestId('sim-activate').click();
      await expect(page.getByTestId('sim-log')).toBeVisible();
      expect(errors).toEqual([]);
    });
  });
}
