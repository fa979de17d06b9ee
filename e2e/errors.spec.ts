import { expect, test } from './fixtures';
import { locales } from './helpers';

for (const locale of locales) {
  test.describe(`error codes (${locale})`, () => {
    // Every spelling in one browser page (a fresh load of the error index for each); every check
    // names its spelling. 0x803F7001 = 2151641089 unsigned, −2143326207 signed (worked out by hand
    // in lib/errors/data.test.ts); 0xC004C003 = −1073430525; 0xC004C020 = 3221536800.
    test('typing a code in any spelling into the lookup lands on its page', async ({ page }) => {
      const spellings: [string, string][] = [
        ['-1073430525', '0xC004C003'],
        ['C004C020', '0xC004C020'],
        ['０ｘＣ００４Ｃ０２０', '0xC004C020'],
        ['0x c004 c020', '0xC004C020'],
        ['3221536800', '0xC004C020'],
        ['０ｘＣ００４Ｆ０３４', '0xC004F034'],
        ['-2143326207', '0x803F7001'],
        ['2151641089', '0x803F7001'],
        ['０ｘ８０３Ｆ７００１', '0x803F7001'],
        ['８０３ｆ７００１', '0x803F7001'],
      ];
      for (const [spelling, code] of spellings) {
        await page.goto(`./${locale}/errors/`);
        await page.getByTestId('code-lookup-input').fill(spelling);
        await page.getByTestId('code-lookup-input').press('Enter');
        await expect.soft(page, `“${spelling}”`).toHaveURL(new RegExp(`/${locale}/errors/${code.toLowerCase()}/$`));
        await expect.soft(page.getByTestId('error-code'), `“${spelling}”`).toHaveText(code);
        // In Japanese 0xC004F034's message is the site's translation, so its page shows a plain box, not the simulated window.
        if (code === '0xC004F034') {
          if (locale === 'ja') await expect.soft(page.getByTestId('message-description'), `“${spelling}”`).toHaveAttribute('data-code', code);
          else await expect.soft(page.getByTestId('windows-dialog').locator('[data-dialog-code]'), `“${spelling}”`).toHaveText(code);
        }
      }
      // A code in the address (?code=, what the form sends without JavaScript) opens its page.
      await page.goto(`./${locale}/errors/?code=${encodeURIComponent('-1073417711')}`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/errors/0xc004f211/$`));
    });

    // The error index's own behaviour, on one load of it: the table filter, then the lookup's
    // answers for codes it does not know and for junk.
    test('the index: the filter narrows the table; an unknown code gets the nearest known codes in the visitor’s language; junk gets a clear message', async ({ page }) => {
      await page.goto(`./${locale}/errors/`);
      const rows = page.locator('#error-table tbody tr');
      const all = await rows.count();
      await page.getByTestId('table-filter').fill('C004C02');
      await expect(page.locator('#error-table tbody tr:visible')).toHaveCount(2);
      expect(all).toBeGreaterThan(30);

      const input = page.getByTestId('code-lookup-input');
      await input.fill('0xC004F0FF');
      await input.press('Enter');
      const status = page.getByTestId('code-lookup-status');
      await expect(page.getByTestId('lookup-suggestion')).toHaveCount(3);
      await expect(page).toHaveURL(/\/errors\/$/);
      if (locale === 'ja') {
        await expect(status).toContainText('0xC004F0FF はこのサイトの一覧にないコードです。近いコード：');
        await expect(status).toContainText(/0x[0-9A-F]{8}、0x[0-9A-F]{8}、0x[0-9A-F]{8}/);
      } else {
        await expect(status).toContainText("0xC004F0FF is not in this site's list. Nearest known codes:");
        await expect(status).toContainText(/0x[0-9A-F]{8}, 0x[0-9A-F]{8}, 0x[0-9A-F]{8}/);
        await expect(status).not.toContainText('、');
      }
      await input.fill('0xC004C0FF');
      await input.press('Enter');
      await expect(status).toContainText('0xC004C0FF');
      await expect(page.getByTestId('lookup-suggestion').first()).toBeVisible();
      await expect(page).toHaveURL(/\/errors\/$/);
      await input.fill('hello <b>world</b>');
      await input.press('Enter');
      await expect(status).not.toContainText('0xC004C0FF');
      await expect(status).not.toBeEmpty();
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

    // Both on one load of the 0xC004C003 page.
    test('an IT-pro code shows Microsoft’s own wording in this language, with no paraphrase note; “why did I get this?” ranks causes differently for an auction key and a new motherboard', async ({ page }) => {
      await page.goto(`./${locale}/errors/0xc004c003/`);
      const message = {
        en: 'The activation server determined the specified product key is blocked.',
        ja: 'ライセンス認証サーバーで、指定されたプロダクト キーがブロックされていることが判明しました。',
      }[locale];
      await expect(page.getByTestId('windows-dialog').locator('[data-dialog-code]')).toHaveText('0xC004C003');
      await expect(page.getByTestId('error-message')).toHaveText(message);
      await expect(page.getByTestId('message-paraphrase')).toHaveCount(0);
      const first = page.getByTestId('diagnosis-result').locator('li').first();
      await page.getByTestId('key-source-auction').check();
      await page.getByTestId('recent-change-nothing').check();
      // Microsoft's first cause for 0xC004C003: a key reported as stolen or misused.
      await expect(first).toHaveAttribute('data-cause', 'reported-misuse');
      await page.getByTestId('key-source-with-pc').check();
      await page.getByTestId('recent-change-new-motherboard').check();
      // A license that came with the PC stays with it: the motherboard is the likelier cause.
      await expect(first).toHaveAttribute('data-cause', 'oem-tied-to-pc');
    });

    test('a Windows 10/11 code has its page: the message, and the dialog only where the text is Microsoft’s own', async ({ page }) => {
      await page.goto(`./${locale}/errors/0xc004f034/`);
      // The SDK header's message (slerror.h, SL_E_EUL_NOT_AVAILABLE); in Japanese the site's translation, marked as such.
      const message = {
        en: 'The Software Licensing Service reported that the license could not be found or was invalid.',
        ja: 'ソフトウェア ライセンス サービスで、ライセンスが見つからないか、無効であることが報告されました。',
      }[locale];
      await expect(page.getByTestId('error-message')).toHaveText(message);
      await expect(page.getByTestId('message-paraphrase')).toHaveCount(locale === 'ja' ? 1 : 0);
      if (locale === 'ja') {
        // A translation is not what Windows shows: a plain box labelled as Microsoft's description, and no simulated window.
        const box = page.getByTestId('message-description');
        await expect(box).toHaveAttribute('data-code', '0xC004F034');
        await expect(box).toContainText(message);
        await expect(page.getByRole('heading', { level: 2, name: /Microsoft による説明/ })).toBeVisible();
        await expect(page.getByTestId('windows-dialog')).toHaveCount(0);
      } else {
        const dialog = page.getByTestId('windows-dialog');
        await expect(dialog.locator('[data-dialog-code]')).toHaveText('0xC004F034');
        await expect(dialog).toContainText(message);
        await expect(dialog).toContainText('Windows Activation');
        await expect(page.getByTestId('message-description')).toHaveCount(0);
      }
    });

    test('0x803F7001 has an honest page: Microsoft’s article’s two reasons, what is missing said plainly, Microsoft’s pages linked', async ({ page }) => {
      await page.goto(`./${locale}/errors/0x803f7001/`);
      await expect(page.getByTestId('error-code')).toHaveText('0x803F7001');
      // No Microsoft document gives the window's text: the site's wording in a plain box, labelled, and no simulated window.
      const box = page.getByTestId('message-description');
      await expect(box).toHaveAttribute('data-code', '0x803F7001');
      await expect(page.getByTestId('message-paraphrase')).toHaveCount(1);
      await expect(page.getByTestId('windows-dialog')).toHaveCount(0);
      const text = {
        en: {
          message: 'A valid license to activate Windows on this PC could not be found.',
          causes: ['installed on this PC for the first time', 'new motherboard'],
          caveat: ['could not read that page’s list of codes', 'No Microsoft document this site found gives the exact message'],
        },
        ja: {
          message: 'この PC で Windows のライセンス認証に使える、有効なライセンスが見つかりませんでした。',
          causes: ['初めてインストールした', 'マザーボードの交換'],
          caveat: ['その一覧を読めませんでした', 'メッセージの文面を載せた Microsoft の文書も見つかっていません'],
        },
      }[locale];
      await expect(page.getByTestId('error-message')).toHaveText(text.message);
      const causes = page.locator('section[aria-labelledby="causes"] li');
      await expect(causes).toHaveCount(2);
      for (const [i, part] of text.causes.entries()) await expect(causes.nth(i)).toContainText(part);
      const caveat = page.locator('section[aria-labelledby="caveat"]');
      for (const part of text.caveat) await expect(caveat).toContainText(part);
      // Microsoft's article on the code and its consumer page are both linked from the page's sources (a folded list).
      const references = page.getByTestId('references');
      await references.locator('summary').click();
      await expect(references.locator('a[href^="https://support.microsoft.com/ja-jp/help/4339791/"]')).toBeVisible();
      await expect(references.locator('a[href="https://support.microsoft.com/help/10738/windows-10-get-help-with-activation-errors"]')).toBeVisible();
      // "Why did I get this?": with nothing changed and a boxed copy, the page says it cannot tell.
      await page.getByTestId('key-source-retail-box').check();
      await page.getByTestId('recent-change-nothing').check();
      await expect(page.getByTestId('diagnosis-result').locator('li').first()).toHaveAttribute('data-cause', 'cannot-say');
      await page.getByTestId('recent-change-new-motherboard').check();
      await expect(page.getByTestId('diagnosis-result').locator('li').first()).toHaveAttribute('data-cause', 'hardware-changed');
    });

  });
}
