import { expect, test } from './fixtures';
import { idle, locales } from './helpers';

for (const locale of locales) {
  test(`a claim link on a story step opens its fact-check entry (${locale})`, async ({ page }) => {
    await page.goto(`./${locale}/story/sellers-claim/`);
    const link = page.locator('[data-claim-link="seller-one-key-one-pc"]');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/fact-check/#seller-one-key-one-pc$`));
    const entry = page.locator('#seller-one-key-one-pc');
    await expect(entry).toBeVisible();
    await expect(entry.getByTestId('verdict')).not.toBeEmpty();
  });

  test(`a glossary term links to its entry, with an inline definition (${locale})`, async ({ page }) => {
    await page.goto(`./${locale}/story/second-key/`);
    const term = page.locator('button[data-term="mak"]').first();
    await term.click();
    await expect(page.locator('#term-tip-mak')).toBeVisible();
    await page.locator('#term-tip-mak a').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/#mak$`));
    await expect(page.locator('#mak')).toBeVisible();
  });

  test(`the verdict filter narrows the fact check (${locale})`, async ({ page }) => {
    await page.goto(`./${locale}/fact-check/`);
    const all = await page.locator('[data-verdict]').count();
    expect(all).toBeGreaterThanOrEqual(12);
    await page.locator('input[name="verdict"][value="contradicted"]').check({ force: true });
    const shown = await page.locator('[data-verdict]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(await page.locator('[data-verdict="contradicted"]:visible').count()).toBe(shown);
  });
}

// Expected text written by hand from Microsoft's partner blog (TN-BLOG-2013): a Windows desktop
// volume license stays with its first PC, so retiring it frees no license; and from MS-ACT / M365-KEYS:
// an activation is never given back.
const retireAnswer = {
  ja: { answer: /どちらも戻らない/, notAnswer: /使ってよい台数が[ \u00a0]1[ \u00a0]つ空く/ },
  en: { answer: /Neither comes back/, notAnswer: /A seat is free again/ },
} as const;

for (const locale of locales) {
  test(`the seats lesson says retiring a PC frees neither a license nor an activation (${locale})`, async ({ page }) => {
    await page.goto(`./${locale}/learn/seats-vs-activations/`);
    const q = page.locator('#sva-retire');
    await q.locator('summary').click();
    const right = q.locator('details strong');
    await expect(right).toBeVisible();
    await expect(right).toContainText(retireAnswer[locale].answer);
    await expect(right).not.toContainText(retireAnswer[locale].notAnswer);
    // The 0xC004C020 sentence cites Microsoft's error-code page, not the TechNet article without codes.
    // (The source list is folded into "Sources (n)", so the entry is in the page, the marker in the text.)
    await expect(page.locator('#ref-MS-ERR')).toBeAttached();
    await expect(page.locator('main a[data-cite="MS-ERR"]').first()).toBeVisible();
  });
}

test('npm start sends the security headers, and pages log no CSP violation', async ({ page, request }) => {
  const res = await request.get('./ja/story/first-key/');
  const h = res.headers();
  expect(h['content-security-policy']).toMatch(/default-src 'self'/);
  expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/);
  expect(h['content-security-policy']).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:/);
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBeTruthy();
  expect(h['permissions-policy']).toBeTruthy();
  // Pages are revalidated; Next.js's hashed files are cached for good (out/_headers, both rules).
  expect(h['cache-control'] ?? '').not.toMatch(/immutable/);
  const chunk = (await res.text()).match(/\/_next\/static\/[^"']+\.js/)?.[0];
  expect(chunk, 'a chunk in the page').toBeTruthy();
  const chunkHeaders = (await request.get(`.${chunk}`)).headers();
  expect(chunkHeaders['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(chunkHeaders['x-content-type-options']).toBe('nosniff');
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  // Each page until its islands have done what they do after load (a state, not networkidle): the
  // simulator has read its scenario, the presenter its slide, the search has loaded its index and
  // answered, the decoder has hydrated; then the main thread is idle.
  const ready: [string, string][] = [
    ['ja/', 'h1'],
    ['en/simulator/?preset=asker', '[data-testid="simulator"][data-hydrated="true"]'],
    ['ja/errors/0xc004c003/', 'h1'],
    ['en/classroom/present/?step=2', '[data-presenter="on"]'],
    ['ja/search/?q=MAK', '[data-testid="search-status"]'],
    ['en/tools/slmgr/', 'form[data-hydrated]'],
  ];
  for (const [path, selector] of ready) {
    await page.goto(`./${path}`, { waitUntil: 'load' });
    await expect(page.locator(selector).first(), path).toBeAttached({ timeout: 20_000 });
    await idle(page);
  }
  expect(violations).toEqual([]);
});

for (const locale of locales) {
  test(`the sources page: dates never break, and "cited by" names the pages it links to; the list is split in two, and links find each entry (${locale})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`./${locale}/sources/`);
    const items = page.locator('main ol > li[data-host]');
    const count = await items.count();
    expect(count).toBeGreaterThan(30);
    // Every date read in one call: its text, and how many boxes it has (an inline element split
    // over two lines has two).
    const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => ({ text: (t.textContent ?? '').trim(), boxes: t.getClientRects().length })));
    expect(dates).toHaveLength(count);
    for (const { text, boxes } of dates) {
      expect.soft(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect.soft(boxes, `${text} breaks`).toBe(1);
    }
    // A citing page is named by its title without the subtitle: the page it opens starts with it.
    const link = page.locator('#MS-ERR a[href*="/story/"]').first();
    const name = (await link.innerText()).replace(/\s+/g, ' ').trim();
    expect(name.length).toBeGreaterThan(3);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/story/`));
    expect((await page.locator('h1').innerText()).replace(/\s+/g, ' ').startsWith(name)).toBe(true);

    // The sources list is split: Microsoft's sites on one page, other sites on the second, and links
    // find each entry (at Playwright's default size).
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto(`./${locale}/sources/`);
    const hosts = page.locator('main ol > li[data-host]');
    expect(await hosts.count()).toBeGreaterThan(30);
    expect(new Set(await hosts.evaluateAll((els) => els.map((e) => e.getAttribute('data-host'))))).toEqual(new Set(['microsoft']));
    await page.getByTestId('sources-switch-link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sources/other/$`));
    expect(await hosts.count()).toBeGreaterThan(10);
    expect(new Set(await hosts.evaluateAll((els) => els.map((e) => e.getAttribute('data-host'))))).toEqual(new Set(['third-party']));
    // The breadcrumbs lead back to the main list.
    await expect(page.getByTestId('breadcrumbs').locator(`a[href$="/${locale}/sources/"]`)).toHaveCount(1);
    await page.getByTestId('sources-switch-link').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sources/$`));
    // A glossary term's source on another site (DSP: the distributors' pages) opens its entry on the second page.
    await page.goto(`./${locale}/glossary/`);
    await page.locator('#dsp a[href$="#JP-TEKWIND"]').click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sources/other/#JP-TEKWIND$`));
    await expect(page.locator('#JP-TEKWIND')).toBeInViewport();
    // …and one on Microsoft's site opens the main list.
    await page.goto(`./${locale}/glossary/`);
    const ms = page.locator('#mak a[href*="/sources/#"]').first();
    const id = (await ms.getAttribute('href'))!.split('#')[1]!;
    await ms.click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/sources/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toHaveAttribute('data-host', 'microsoft');
  });
}

