import { expect, test } from './fixtures';
import { idle, locales } from './helpers';

// A key-shaped string made at run time, so no key-like literal sits in the repository.
const fakeKey = ['Q7W9R', 'T2Y4U', 'P6K8M', 'N3B5V', 'C1X0Z'].join('-');

for (const locale of locales) {
  test.describe(`slmgr decoder (${locale})`, () => {
    // Both on one load of the decoder.
    test('decodes /dli output and names the channel; text that is not slmgr output gets a clear message', async ({ page }) => {
      await page.goto(`./${locale}/tools/slmgr/`);
      await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
      const sample = [
        'Name: Windows(R), Professional edition',
        'Description: Windows(R) Operating System, VOLUME_MAK channel',
        'Partial Product Key: 3V66T',
        'License Status: Licensed',
      ].join('\n');
      await page.getByTestId('slmgr-input').fill(sample);
      await expect(page.getByTestId('slmgr-product')).toHaveAttribute('data-channel', 'volume-mak');
      await expect(page.getByTestId('slmgr-product')).toContainText('3V66T');
      await expect(page.getByTestId('slmgr-not')).toHaveCount(0);
      await page.getByTestId('slmgr-input').fill('Hello, this is just a paragraph about cats.');
      await expect(page.getByTestId('slmgr-not')).toBeVisible();
      await expect(page.getByTestId('slmgr-product')).toHaveCount(0);
    });

    test('a pasted full key is masked at once, and no request leaves the page', async ({ page, baseURL }) => {
      // A controlled clock: below, every timer the page might have set (a debounce, a delayed
      // send) is run at once, instead of waiting a fixed time and hoping.
      await page.clock.install();
      await page.goto(`./${locale}/tools/slmgr/`);
      await expect(page.locator('form[data-hydrated]')).toHaveCount(1);
      const requests: { url: string; method: string; body: string }[] = [];
      page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() ?? '' }));
      const input = page.getByTestId('slmgr-input');
      // fill() delivers the whole text in one input event, as a paste does.
      await input.fill(`Installed product key ${fakeKey} successfully.\nDescription: Windows(R) Operating System, RETAIL channel`);
      await expect(page.getByTestId('slmgr-masked')).toBeVisible();
      await expect(input).not.toHaveValue(new RegExp(fakeKey));
      expect(await page.content()).not.toContain(fakeKey);
      await page.clock.runFor(60_000);
      await idle(page);
      // Nothing typed leaves the page: only same-origin GETs (code chunks, link prefetches), none carrying the text.
      const origin = new URL(baseURL!).origin;
      const leaks = requests.filter((r) => r.method !== 'GET' || !r.url.startsWith(origin) || /Installed|product|key/i.test(decodeURIComponent(r.url + r.body)));
      expect(leaks).toEqual([]);
    });
  });
}
