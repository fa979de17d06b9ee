import { expect, test } from './fixtures';
import { readFileSync } from 'node:fs';
import { locales, storySteps } from './helpers';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link on a story step, then open the copied URL: it lands on that step', async ({ page, context }) => {
  const step = storySteps('ja')[3]!;
  await page.goto(`./ja/story/${step.slug}/`);
  await page.getByTestId('copy-step-link').click();
  await expect(page.getByTestId('copy-step-link-status')).not.toBeEmpty();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(new RegExp(`/ja/story/${step.slug}/$`));
  const other = await context.newPage();
  await other.goto(copied);
  await expect(other.locator('h1')).toHaveText(step.title);
});

test('every page carries Open Graph, Twitter and hreflang metadata', async ({ page, request, baseURL }) => {
  for (const path of ['ja/', 'en/story/first-key/', 'ja/errors/0xc004c020/']) {
    await page.goto(`./${path}`);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:locale', 'og:locale:alternate', 'og:image']) {
      expect(await page.locator(`meta[property="${property}"]`).count(), property).toBeGreaterThan(0);
    }
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe('summary_large_image');
    expect(await page.locator('link[rel="canonical"]').count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][hreflang="ja"]').count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][hreflang="en"]').count()).toBe(1);
    const og = await page.locator('meta[property="og:image"]').getAttribute('content');
    const res = await request.get(`${baseURL}${new URL(og!).pathname}`);
    expect(res.headers()['content-type']).toContain('image/png');
  }
});

for (const locale of locales) {
  test(`copy link on a fact-check claim and a quiz question lands on that item (${locale})`, async ({ page, context }) => {
    const claim = (JSON.parse(readFileSync(`content/${locale}/fact-check.json`, 'utf8')) as { id: string; claim: string }[]).at(-1)!;
    await page.goto(`./${locale}/fact-check/`);
    const button = page.getByTestId(`copy-claim-${claim.id}`);
    await expect(button).toHaveAccessibleName(new RegExp(claim.claim.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await button.click();
    await expect(page.getByTestId(`copy-claim-${claim.id}-status`)).not.toBeEmpty();
    const claimUrl = await page.evaluate(() => navigator.clipboard.readText());
    expect(claimUrl).toMatch(new RegExp(`/${locale}/fact-check/#${claim.id}$`));
    const other = await context.newPage();
    await other.goto(claimUrl);
    await expect(other.locator(`[id="${claim.id}"]`)).toBeInViewport();
    await expect(other.locator(':target')).toHaveAttribute('id', claim.id);

    await page.goto(`./${locale}/quiz/`);
    const question = page.getByTestId('quiz-question').nth(4);
    const id = await question.getAttribute('id');
    await page.getByTestId(`copy-question-${id}`).click();
    await expect(page.getByTestId(`copy-question-${id}-status`)).not.toBeEmpty();
    const questionUrl = await page.evaluate(() => navigator.clipboard.readText());
    expect(questionUrl).toMatch(new RegExp(`/${locale}/quiz/#${id}$`));
    await other.goto(questionUrl);
    await expect(other.locator(`[id="${id}"]`)).toBeInViewport();
  });

  test(`nested pages show breadcrumbs and carry BreadcrumbList data; copy link on an error code page gives its URL (${locale})`, async ({ page }) => {
    const step = storySteps(locale)[2]!;
    for (const [path, parents] of [
      [`story/${step.slug}/`, ['', 'story/']],
      ['errors/0xc004c020/', ['', 'errors/']],
      ['tools/slmgr/', ['']],
      ['classroom/handout/', ['', 'classroom/']],
    ] as const) {
      await page.goto(`./${locale}/${path}`);
      const links = page.getByTestId('breadcrumbs').getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(hrefs.map((h) => h.replace(/^.*?\/(ja|en)\//, ''))).toEqual(parents);
      const data = await page.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent ?? '{}') as { '@type': string; itemListElement?: { position: number; name: string; item: string }[] }));
      const list = data.find((d) => d['@type'] === 'BreadcrumbList');
      expect(list, path).toBeTruthy();
      const items = list!.itemListElement!;
      expect(items.map((i) => i.position)).toEqual(parents.map((_, i) => i + 1).concat(parents.length + 1));
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      expect(items.at(-1)!.item).toBe(canonical);
      // The h1 keeps a number with its counter by a no-break space ("1\u00a0本目"); the data has a plain one.
      const plain = (t: string) => t.replace(/\s+/g, ' ').trim();
      expect(plain(items.at(-1)!.name)).toContain(plain(await page.locator('h1').innerText()));
      if (path.startsWith('errors/')) {
        // Copy link on an error code page gives that page's URL.
        await page.getByTestId('copy-code-link').click();
        await expect(page.getByTestId('copy-code-link-status')).not.toBeEmpty();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/${locale}/${path}$`));
      }
    }
  });
}

for (const locale of locales) {
  test(`every section heading has a # link to itself, named for screen readers (${locale})`, async ({ page }) => {
    const pages = ['', 'story/first-key/', 'learn/license-vs-key/', 'errors/', 'errors/0xc004c020/', 'fact-check/', 'glossary/', 'classroom/', 'about/'];
    let anchored = 0;
    for (const path of pages) {
      await page.goto(`./${locale}/${path}`);
      // Read in the page in one call (one round trip a page, not five a heading).
      // Cards whose heading is itself a link to another page need no anchor of their own, and a
      // heading that is a disclosure's summary ("Sources (n)") is a control: no link inside it.
      const headings = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('main h2:not(summary h2), main dt:has(dfn)'))
          .filter((h) => !h.querySelector('a[href]:not([href^="#"])'))
          .map((heading) => {
            const term = heading.querySelector<HTMLElement>('dfn');
            const text = (term ? term.innerText : heading.innerText).replace(/#\s*$/, '').trim();
            // A glossary entry's anchor targets its wrapper; a claim's, its list item: the nearest element with an id.
            const id = heading.closest('[id]')?.id ?? '';
            const anchors = id ? Array.from(heading.querySelectorAll('a')).filter((a) => a.getAttribute('href') === `#${id}`) : [];
            return { text, id, anchors: anchors.length, name: anchors[0]?.getAttribute('aria-label') ?? '' };
          }),
      );
      expect(headings.length, `${path}: headings`).toBeGreaterThan(0);
      for (const { text, id, anchors, name } of headings) {
        expect.soft(id, `${path}: "${text}" has no id`).not.toBe('');
        expect.soft(anchors, `${path}: "${text}" has no # link`).toBe(1);
        expect.soft(name, `${path}: anchor name`).toContain(text.split('\n')[0]!.slice(0, 12));
        anchored++;
      }
    }
    expect(anchored).toBeGreaterThan(40);
    // Following one changes the URL's fragment and keeps the heading in view.
    await page.goto(`./${locale}/errors/0xc004c020/`);
    const anchor = page.locator('main h2 a[href^="#"]').nth(1);
    const href = (await anchor.getAttribute('href'))!;
    await anchor.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toBeInViewport();
  });
}

for (const locale of locales) {
  test(`when the clipboard refuses, the link is shown, focused and selected, to copy by hand (${locale})`, async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    });
    const claim = (JSON.parse(readFileSync(`content/${locale}/fact-check.json`, 'utf8')) as { id: string }[])[0]!;
    await page.goto(`./${locale}/fact-check/`);
    await page.getByTestId(`copy-claim-${claim.id}`).click();
    const failed = (JSON.parse(readFileSync(`content/${locale}/messages/common.json`, 'utf8')) as { share: { failed: string } }).share.failed;
    await expect(page.getByTestId(`copy-claim-${claim.id}-status`)).toHaveText(failed);
    const field = page.getByTestId(`copy-claim-${claim.id}-url`);
    await expect(field).toBeFocused();
    expect(await field.inputValue()).toMatch(new RegExp(`/${locale}/fact-check/#${claim.id}$`));
    const selected = await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0));
    expect(selected).toBe(await field.inputValue());
  });
}
