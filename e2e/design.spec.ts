import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contrastRatio } from '../lib/theme';
import { locales } from './helpers';

const phone = { width: 390, height: 844 };
const laptop = { width: 1280, height: 800 };
/** One page per template. */
const templates = ['', 'story/first-key/', 'learn/license-vs-key/', 'errors/0xc004c003/', 'simulator/', 'glossary/', 'search/', 'classroom/present/'];

function hex(rgb: string): string {
  const m = rgb.match(/rgba?\(\s*(\d+)[ ,]+(\d+)[ ,]+(\d+)/);
  if (!m) throw new Error(`not an rgb() colour: ${rgb}`);
  return `#${[m[1], m[2], m[3]].map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
}

test.describe('phone header and home', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });
  for (const locale of locales) {
    test(`home at 390 x 844 shows "Start the story" and three ways in without scrolling; header at most 64 px (${locale})`, async ({ page }) => {
      await page.goto(`./${locale}/`);
      const header = await page.locator('#site-header').boundingBox();
      expect(header!.height).toBeLessThanOrEqual(64);
      const start = page.getByTestId('start-story');
      await expect(start).toBeInViewport({ ratio: 1 });
      await expect(start).toHaveAttribute('href', /\/story\/the-offer\/$/);
      for (const way of ['story', 'simulator', 'errors']) await expect(page.getByTestId(`way-${way}`)).toBeInViewport({ ratio: 1 });
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
    });
  }

  test('the menu button opens navigation, search, language and theme', async ({ page }) => {
    await page.goto('./en/');
    const nav = page.locator('.menu-nav');
    await expect(page.locator('#site-search')).toBeHidden();
    await page.getByTestId('menu-button').tap();
    await expect(nav.locator('a').first()).toBeVisible();
    await expect(page.locator('#site-search')).toBeVisible();
    await expect(page.getByTestId('language-switch')).toBeVisible();
    await expect(page.getByRole('group', { name: /theme/i })).toBeVisible();
    await page.getByTestId('menu-button').tap();
    await expect(page.locator('#site-search')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark', viewport: phone });
  // One browser page visits every template (a fresh document each); every check names its page.
  test('a dark device setting renders every template dark, and JS-only controls are hidden', async ({ page }) => {
    for (const path of templates) {
      await page.goto(`./ja/${path}`);
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const ink = await page.evaluate(() => getComputedStyle(document.body).color);
      // Dark page, light text: at least 7:1 between them, page darker than text.
      expect.soft(contrastRatio(hex(bg), hex(ink)), `/ja/${path}: text contrast`).toBeGreaterThan(7);
      expect.soft(contrastRatio(hex(bg), '#000000'), `/ja/${path}: a dark page`).toBeLessThan(2);
      await expect.soft(page.getByRole('group', { name: '表示テーマ' }), `/ja/${path}: theme buttons`).toBeHidden();
      for (const el of await page.locator('.needs-js').all()) await expect.soft(el, `/ja/${path}: .needs-js`).toBeHidden();
    }
  });

  test('the phone menu opens without JavaScript', async ({ page }) => {
    await page.goto('./ja/');
    await page.getByTestId('menu-button').click();
    await expect(page.locator('.menu-nav a').first()).toBeVisible();
    await expect(page.locator('#site-search')).toBeVisible();
  });
});

test.describe('glossary popovers on a phone', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });
  for (const locale of locales) {
    test(`tapping a term shows its definition on the page; Esc closes it and focus returns (${locale})`, async ({ page }) => {
      await page.goto(`./${locale}/story/second-key/`);
      const url = page.url();
      const term = page.locator('button[data-term]').first();
      const id = await term.getAttribute('data-term');
      const tip = page.locator(`#term-tip-${id}`);
      // Closed: no box at all, so it cannot widen the page.
      expect(await tip.evaluate((el) => getComputedStyle(el).display)).toBe('none');
      await term.tap();
      await expect(tip).toBeVisible();
      expect(page.url()).toBe(url);
      const box = (await tip.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(phone.width);
      await expect(tip.locator(`a[data-term-more="${id}"]`)).toHaveAttribute('href', new RegExp(`/${locale}/glossary/#${id}$`));
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      await expect(term).toBeFocused();
      // Keyboard: Enter opens it too; the glossary link inside leads to the entry.
      await term.press('Enter');
      await expect(tip).toBeVisible();
      await tip.locator('a').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/glossary/#${id}$`));
    });
  }
});

async function focusIndicatorContrast(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    // The background the ring meets: the nearest ancestor (not the element, which may be filled) with a colour.
    let node: HTMLElement | null = el.parentElement;
    let bg = 'rgba(0, 0, 0, 0)';
    while (node) {
      const c = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*,\s*0\)$/.test(c) && c !== 'transparent') {
        bg = c;
        break;
      }
      node = node.parentElement;
    }
    if (bg === 'rgba(0, 0, 0, 0)') bg = getComputedStyle(document.documentElement).backgroundColor;
    const shadow = style.boxShadow.match(/rgba?\([^)]*\)/)?.[0] ?? null;
    return { tag: el.tagName, text: (el.textContent ?? '').trim().slice(0, 30), outline: style.outlineColor, width: parseFloat(style.outlineWidth), outlineStyle: style.outlineStyle, shadow, bg };
  });
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`focus indicator (${theme})`, () => {
    test.use({ viewport: laptop, colorScheme: theme });
    // One browser page visits every template (a fresh document each); every check names its page.
    test(`the first links and buttons on every template have a focus indicator of at least 3:1 (${theme})`, async ({ page }) => {
      for (const path of templates) {
        await page.goto(`./en/${path}`);
        await expect.soft(page.locator('html'), `/en/${path}: theme`).toHaveAttribute('data-theme', theme);
        let stops = 0;
        for (let i = 0; i < 8; i++) {
          await page.keyboard.press('Tab');
          const f = await focusIndicatorContrast(page);
          // Past the page's last stop focus leaves the document (presenter mode has 4 stops).
          if (f.tag === 'BODY') break;
          stops++;
          const what = `/en/${path}: ${f.tag} “${f.text}”`;
          expect.soft(f.outlineStyle, what).not.toBe('none');
          expect.soft(f.width, what).toBeGreaterThanOrEqual(2);
          const ring = contrastRatio(hex(f.outline), hex(f.bg));
          const inner = f.shadow ? contrastRatio(hex(f.shadow), hex(f.bg)) : 0;
          expect.soft(Math.max(ring, inner), `${what} on ${f.bg}: ring ${ring.toFixed(2)}, inner ${inner.toFixed(2)}`).toBeGreaterThanOrEqual(3);
        }
        expect.soft(stops, `/en/${path}: focus stops checked`).toBeGreaterThanOrEqual(4);
      }
    });
  });
}

// Sideways scrolling is checked on every page at 320 and 390 px, with and without JavaScript, by
// the crawl (crawl.spec.ts), so it is not repeated here for a sample of templates.
test.describe('layout', () => {
  test('laptop article pages list their sections beside the text, and every entry leads to its heading', async ({ page }) => {
    await page.setViewportSize(laptop);
    await page.goto('./en/learn/license-vs-key/');
    const toc = page.getByTestId('on-this-page');
    await expect(toc).toBeVisible();
    const article = (await page.locator('article').boundingBox())!;
    const box = (await toc.boundingBox())!;
    expect(box.x).toBeGreaterThan(article.x + article.width - 1);
    const hrefs = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThanOrEqual(2);
    for (const href of hrefs) await expect(page.locator(`[id="${decodeURIComponent(href.slice(1))}"]`)).toHaveCount(1);
  });

  test('heading anchors show on hover and focus only, and stay named links', async ({ page }) => {
    await page.setViewportSize(laptop);
    await page.goto('./en/story/first-key/');
    const heading = page.locator('main .prose h2').first();
    const anchor = heading.locator('a.heading-anchor');
    await expect(anchor).toHaveAttribute('aria-label', /.+/);
    expect(await anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await heading.hover();
    await expect.poll(() => anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await page.mouse.move(0, 0);
    await anchor.focus();
    await expect.poll(() => anchor.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
  });
});

function* htmlFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

test('no emoji in any rendered page (icons are SVG)', () => {
  const found: string[] = [];
  let files = 0;
  for (const file of htmlFiles('out')) {
    files++;
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/gu)) found.push(`${file}: ${m[0]} …${html.slice(Math.max(0, m.index - 30), m.index + 10)}…`);
  }
  expect(files).toBeGreaterThan(40);
  expect(found).toEqual([]);
});

test.describe('Japanese line breaking', () => {
  test('no line-break opportunity between a number and its counter in Japanese prose (over out/)', async ({ page }) => {
    test.setTimeout(180_000);
    const files = [...htmlFiles('out/ja')];
    let pairs = 0;
    const bad: string[] = [];
    // The built files themselves, parsed by the browser's HTML parser (DOMParser: no scripts run,
    // nothing linked is loaded, no layout), a few files a call.
    for (let i = 0; i < files.length; i += 12) {
      const chunk = files.slice(i, i + 12).map((file) => ({ file, html: readFileSync(file, 'utf8') }));
      const results = await page.evaluate((docs) =>
        docs.map(({ file, html }) => {
          const document = new DOMParser().parseFromString(html, 'text/html');
          const out = { file, pairs: 0, bad: [] as string[] };
          // MDX prose, the text this design renders through <Phrases> (class "phrases"), and a
          // story step's choice (its options, consequences and the 2013 buyer, drawn by an island).
          const roots = document.querySelectorAll('.prose, .phrases, [data-testid="choice"]');
          for (const root of roots) {
            const text = root.textContent ?? '';
            for (const m of text.matchAll(/\d([ \u00A0])(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu)) {
              out.pairs++;
              if (m[1] === ' ') out.bad.push(text.slice(Math.max(0, m.index - 8), m.index + 6));
            }
            // A <wbr> right after a digit would also allow the break.
            for (const wbr of root.querySelectorAll('wbr')) {
              const prev = wbr.previousSibling?.textContent ?? '';
              if (/\d\s*$/.test(prev)) out.bad.push(`<wbr> after “${prev.slice(-8)}”`);
            }
          }
          return out;
        }),
      chunk);
      for (const r of results) {
        pairs += r.pairs;
        bad.push(...r.bad.map((b) => `${r.file}: ${b}`));
      }
    }
    expect(pairs, 'number-counter pairs found').toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });
});
