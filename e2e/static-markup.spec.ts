import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { storySteps } from './helpers';

/**
 * Server-only markup is not hydrated (components/content/StaticMarkup.tsx): the prose of a page
 * without islands, its sources, the breadcrumbs and the footer keep the server's HTML, and React
 * never builds a fibre for anything inside them. React marks every element it hydrates with a
 * `__reactFiber$…` property, so the tests count those.
 */

/** The page's inline RSC payload (its `self.__next_f.push([1, "…"])` scripts), decoded. */
function inlinePayload(html: string): string {
  return [...html.matchAll(/<script>self\.__next_f\.push\((\[1,[\s\S]*?\])\)<\/script>/g)].map((m) => (JSON.parse(m[1]!) as [number, string])[1]).join('');
}

/** Twelve characters of the page's prose, as the server sent them. */
async function firstProseText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    for (const p of Array.from(document.querySelectorAll('main .prose p'))) {
      // Twelve characters that HTML and JSON write as they are (no quote, ampersand or bracket).
      const node = Array.from(p.childNodes).find((n) => n.nodeType === Node.TEXT_NODE && /^[^'"&<>\\]{12}/.test((n.textContent ?? '').trim()));
      if (node) return node.textContent!.trim();
    }
    return '';
  });
  return text.slice(0, 12);
}

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

    // Each part's element, as parsed from the HTML, is marked before any script of the page runs;
    // after hydration the same elements are still there (React adopted them, not re-rendered them).
    await page.addInitScript((sels) => {
      document.addEventListener('DOMContentLoaded', () => {
        for (const sel of sels) for (const el of Array.from(document.querySelectorAll(`${sel}, ${sel} *`))) (el as Element & { parsed?: true }).parsed = true;
      });
    }, staticParts);
    await page.goto(`.${path}`);
    const after = await hydration(page, staticParts);
    const replaced = await page.evaluate((sels) => sels.flatMap((sel) => Array.from(document.querySelectorAll(`${sel}, ${sel} *`))).filter((el) => !(el as Element & { parsed?: true }).parsed).length, staticParts);
    expect(replaced, 'no element of these parts was replaced').toBe(0);
    for (const [i, part] of after.entries()) {
      expect(part.found, `${part.sel} is on the page`).toBe(true);
      expect(part.total, `${part.sel} has content`).toBeGreaterThan(2);
      expect(part.self, `${part.sel} itself is hydrated`).toBe(true);
      expect(part.inside, `${part.sel}: no element inside is hydrated`).toBe(0);
      expect(part.html, `${part.sel}: the HTML is the server's`).toBe(served[i]!.html);
    }
    // Their text is sent once, as HTML: the payload the browser hydrates from has no copy of it
    // (lib/build/static-payload.mjs).
    const html = await (await page.request.get(`.${path}`)).text();
    const text = await firstProseText(page);
    expect(text.length, 'the prose has a sentence to look for').toBe(12);
    expect(html).toContain(text);
    expect(inlinePayload(html).length, 'the page has a payload').toBeGreaterThan(1000);
    expect(inlinePayload(html), 'the payload has no copy of the prose').not.toContain(text);
    // The islands around them did hydrate: the header's theme switch is one.
    const island = await hydration(page, ['header']);
    expect(island[0]!.inside, 'the header has hydrated islands').toBeGreaterThan(0);
  });
}

test('a body with an island (the simulator embed on step 7) is hydrated, and its links and terms still work', async ({ page }) => {
  await page.goto('./en/story/seats-vs-count/');
  const [prose] = await hydration(page, ['main .prose']);
  expect(prose!.inside, 'the prose is hydrated, so the embed inside it runs').toBeGreaterThan(0);
  const html = await (await page.request.get('./en/story/seats-vs-count/')).text();
  expect(inlinePayload(html), 'its text stays in the payload, which it hydrates from').toContain(await firstProseText(page));

  // On a static body, a glossary term still opens its popover (the Popover API, no React).
  await page.goto('./en/story/first-key/');
  const term = page.locator('main .prose button[popovertarget]').first();
  await term.click();
  const popover = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
});

for (const locale of ['ja', 'en'] as const) {
  test(`presenter mode (${locale}): the no-JS slide list is sent once, and the speaker notes not at all`, async ({ page }) => {
    const messages = JSON.parse(readFileSync(`content/${locale}/messages/classroom.json`, 'utf8')) as { present: { intro: string; beforeNotes: string; afterNotes: string }; students: { before: { title: string } } };
    const present = messages.present;
    const html = await (await page.request.get(`./${locale}/classroom/present/`)).text();
    const payload = inlinePayload(html);
    expect(payload.length, 'the page has a payload').toBeGreaterThan(1000);
    // The list shown without JavaScript is in the HTML, but not in the payload (a StaticMarkup).
    expect(html).toContain(present.intro);
    expect(payload, 'the payload has no copy of the no-JS list').not.toContain(present.intro);
    // Speaker notes belong to the speaker view: the projector page does not carry them, neither the
    // student slides' nor a story step's (20 characters that HTML and JSON write as they are).
    const notes = [present.beforeNotes, present.afterNotes, ...storySteps(locale).map((s) => s.notes)].map((n) => n.slice(0, 20)).filter((n) => /^[^'"&<>\\]{20}$/.test(n));
    expect(notes.length, 'notes to look for').toBeGreaterThan(5);
    const speaker = await (await page.request.get(`./${locale}/classroom/notes/`)).text();
    for (const n of notes) {
      expect(html, 'the presenter page has no speaker notes').not.toContain(n);
      expect(speaker, 'the speaker view has them').toContain(n);
    }

    // With JavaScript, the stage replaces the list and shows the first slide: the students' "before" page.
    await page.goto(`./${locale}/classroom/present/`);
    await expect(page.locator('[data-presenter="on"]')).toHaveCount(1);
    await expect(page.locator('.presenter-fallback')).toHaveCount(0);
    await expect(page.getByTestId('slide-title')).toHaveText(messages.students.before.title);
  });
}

for (const locale of ['ja', 'en'] as const) {
  test(`simulator (${locale}): the rules' text is on the page, and not again in the island's payload`, async ({ page }) => {
    const messages = JSON.parse(readFileSync(`content/${locale}/messages/simulator.json`, 'utf8')) as { ruleText: Record<string, string>; challenges: { items: Record<string, { title: string }> } };
    const html = await (await page.request.get(`./${locale}/simulator/`)).text();
    const payload = inlinePayload(html);
    expect(payload.length, 'the page has a payload').toBeGreaterThan(1000);
    // Each rule's whole text (JSON writes it as it is unless it has a quote or a backslash). The
    // rules are server-rendered (a StaticMarkup) and the island no longer gets them among its labels.
    const rules = Object.entries(messages.ruleText).filter(([, text]) => !/["\\]/.test(text));
    expect(rules.length, 'rules to look for').toBeGreaterThan(10);
    for (const [, text] of rules) expect(payload, "the payload has no copy of the rules' text").not.toContain(text);
    // The island's own words still reach it: a challenge title is in the payload.
    const challenge = Object.values(messages.challenges.items)[0]!.title;
    expect(payload).toContain(challenge);
    // The page still shows every rule, and the island hydrates and shows its challenge.
    await page.goto(`./${locale}/simulator/`);
    for (const [id, text] of Object.entries(messages.ruleText)) await expect(page.locator(`#rule-${id}`)).toContainText(text);
    await expect(page.getByTestId('simulator')).toHaveAttribute('data-hydrated', 'true');
    await expect(page.getByTestId('simulator')).toContainText(challenge);
  });
}
