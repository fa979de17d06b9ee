import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Server-only markup is not hydrated (components/content/StaticMarkup.tsx): the prose of a page
 * without islands, its sources, the breadcrumbs and the footer keep the server's HTML, and React
 * never builds a fibre for anything inside them. React marks every element it hydrates with a
 * `__reactFiber$…` property, so the tests count those.
 */

/** For each selector: whether its element is hydrated, how many elements inside it are, and its HTML. */
async function hydration(page: Page, selectors: string[]) {
  return page.evaluate((sels) => {
    const hasFiber = (el: Element) => Object.keys(el).some((k) => k.startsWith('__reactFiber$'));
    return sels.map((sel) => {
      const el = document.querySelector(sel);
      if (!el) return { sel, found: false, self: false, inside: 0, total: 0, html: '' };
      const all = Array.from(el.querySelectorAll('*'));
      return { sel, found: true, self: hasFiber(el), inside: all.filter(hasFiber).length, total: all.length, html: el.innerHTML };
    });
  }, selectors);
}

const staticParts = ['main .prose', '[data-testid="references"]', '[data-testid="breadcrumbs"]', '#site-footer'];

for (const path of ['/ja/story/first-key/', '/en/learn/license-vs-key/']) {
  test(`${path}: prose, sources, breadcrumbs and footer keep the server's HTML, unhydrated`, async ({ page, browser }) => {
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`.${path}`);
    const served = await hydration(plain, staticParts);
    await noJs.close();

    await page.goto(`.${path}`);
    const after = await hydration(page, staticParts);
    for (const [i, part] of after.entries()) {
      expect(part.found, `${part.sel} is on the page`).toBe(true);
      expect(part.total, `${part.sel} has content`).toBeGreaterThan(2);
      expect(part.self, `${part.sel} itself is hydrated`).toBe(true);
      expect(part.inside, `${part.sel}: no element inside is hydrated`).toBe(0);
      expect(part.html, `${part.sel}: the HTML is the server's`).toBe(served[i]!.html);
    }
    // The islands around them did hydrate: the header's theme switch is one.
    const island = await hydration(page, ['header']);
    expect(island[0]!.inside, 'the header has hydrated islands').toBeGreaterThan(0);
  });
}

test('a body with an island (the simulator embed on step 7) is hydrated, and its links and terms still work', async ({ page }) => {
  await page.goto('./en/story/seats-vs-count/');
  const [prose] = await hydration(page, ['main .prose']);
  expect(prose!.inside, 'the prose is hydrated, so the embed inside it runs').toBeGreaterThan(0);

  // On a static body, a glossary term still opens its popover (the Popover API, no React).
  await page.goto('./en/story/first-key/');
  const term = page.locator('main .prose button[popovertarget]').first();
  await term.click();
  const popover = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});
