import { expect, test } from './fixtures';

const cases = [
  { locale: 'ja', q: '認証', expect: /\/ja\// },
  { locale: 'ja', q: 'ボリュームライセンス', expect: /\/ja\/(story|learn|glossary|fact-check)/ },
  { locale: 'ja', q: 'マルチライセンス認証キー', expect: /\/ja\/(errors\/0xc004c02[01]|story\/second-key|glossary)/ },
  { locale: 'ja', q: 'C004C020', expect: /\/ja\/errors\/0xc004c020\// },
  { locale: 'en', q: 'C004C020', expect: /\/en\/errors\/0xc004c020\// },
  { locale: 'en', q: 'MAK', expect: /\/en\// },
] as const;

/** Search finishes when the status line reports a count (or none): wait for that, not a clock. */
async function waitForResults(page: import('@playwright/test').Page) {
  await expect(page.getByTestId('search-status')).toBeVisible({ timeout: 30_000 });
}

// Every case in one browser page (a fresh load of the home page for each; the search index is
// then cached, as it is for a visitor who searches twice); every check names its query.
test('search from the header: each query finds the right page in the top three', async ({ page }) => {
  for (const c of cases) {
    await page.goto(`./${c.locale}/`);
    // The "/" shortcut is attached once the page is idle (components/hooks/useIdle.ts) and then
    // marks the box ready: wait for that state, then one press must focus the box.
    await expect(page.locator('#site-search')).toHaveAttribute('data-shortcut', 'ready', { timeout: 20_000 });
    await page.keyboard.press('/');
    await expect.soft(page.locator('#site-search'), `${c.locale} “${c.q}”: "/" focuses the box`).toBeFocused();
    await page.locator('#site-search').focus();
    await page.keyboard.type(c.q);
    await page.keyboard.press('Enter');
    await waitForResults(page);
    const hrefs = await page.getByTestId('search-result').evaluateAll((as) => as.slice(0, 3).map((a) => (a as HTMLAnchorElement).href));
    expect.soft(hrefs.some((h) => c.expect.test(h)), `${c.locale} “${c.q}”: ${hrefs.join(', ')}`).toBe(true);
  }
});

for (const [locale, other] of [
  ['ja', 'en'],
  ['en', 'ja'],
] as const) {
  test(`search on a ${locale} page returns no ${other} result`, async ({ page }) => {
    await page.goto(`./${locale}/search/?q=0xC004C003`);
    await waitForResults(page);
    const hrefs = await page.getByTestId('search-result').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.includes(`/${locale}/`))).toBe(true);
  });
}

test('a query with "$&" is shown as typed in the no-results message', async ({ page }) => {
  await page.goto(`./en/search/?q=${encodeURIComponent('zqxjv $& $1')}`);
  await waitForResults(page);
  await expect(page.getByTestId('search-status')).toHaveText('Nothing matched “zqxjv $& $1”. Try other words, or an error code in hex (for example C004C020).');
  await expect(page.getByTestId('search-result')).toHaveCount(0);
});

test('an error code in any spelling puts its page first, as a direct answer, listed once', async ({ page }) => {
  for (const q of ['0xC004C020', 'c004c020', '-1073430496', '０ｘＣ００４Ｃ０２０', 'エラー 0xC004C020 が出ました']) {
    await page.goto(`./ja/search/?q=${encodeURIComponent(q)}`);
    await expect.soft(page.getByTestId('direct-answer'), `“${q}”`).toBeVisible({ timeout: 30_000 });
    await waitForResults(page);
    const first = page.getByTestId('search-result').first();
    await expect.soft(first, `“${q}”`).toHaveAttribute('href', /\/ja\/errors\/0xc004c020\/$/);
    await expect.soft(first, `“${q}”`).toContainText('0xC004C020');
    // The code's page is not listed a second time below.
    const hrefs = await page.getByTestId('search-result').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect.soft(hrefs.filter((h) => h.endsWith('/ja/errors/0xc004c020/')), `“${q}”`).toHaveLength(1);
  }
});

test('the search page has its own box; a search is a link with the query in ?q=', async ({ page }) => {
  await page.goto('./en/search/');
  await expect(page.getByRole('status')).toHaveText('Type something to search for.');
  const box = page.getByTestId('search-page-input');
  await box.fill('MAK');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=MAK$/);
  await waitForResults(page);
  await expect(page.getByTestId('search-page-input')).toHaveValue('MAK');
  await expect(page.getByTestId('search-status')).toHaveText(/^\d+ results? for “MAK”$/);
  const n = Number((await page.getByTestId('search-status').innerText()).split(' ')[0]);
  await expect(page.getByTestId('search-status')).toHaveText(n === 1 ? /^1 result for/ : /results for/);
});

test('snippets and sub-results carry no "#", button labels or ". " joins', async ({ page }) => {
  await page.goto(`./ja/search/?q=${encodeURIComponent('認証')}`);
  await waitForResults(page);
  const results = page.getByTestId('search-results');
  await expect(results.locator('li').first()).toBeVisible();
  const text = await results.innerText();
  expect(text).not.toContain('#');
  expect(text).not.toContain('リンクをコピー');
  expect(text).not.toMatch(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\. /u);
});

test('"/" typed into a text box stays in the box; pressed elsewhere it focuses search', async ({ page }) => {
  await page.goto('./en/');
  const box = page.locator('#site-search');
  await expect(box).toHaveAttribute('data-shortcut', 'ready', { timeout: 20_000 });
  await box.focus();
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
  await box.blur();
  await page.locator('h1').first().click();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('a/b');
});
