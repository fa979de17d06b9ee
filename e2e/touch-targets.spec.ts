import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { locales } from './helpers';

/**
 * Touch targets on a phone (390 x 844). Every visible standalone control (button, summary, and a
 * link laid out as a box: block, inline-block or flex, as link-buttons and card links are) must be
 * at least 44 x 44 CSS px: WCAG 2.5.5 (AAA), GOV.UK's size. Text links (display: inline, in a
 * sentence, a reference list or a table cell) are exempt: 2.5.5's "inline" exception.
 *
 * Where a control keeps a smaller size on purpose, it is named in `aaOnly` with the reason; it
 * must then meet WCAG 2.5.8 (AA): at least 24 x 24 px, or a 24 px circle on its centre that meets
 * no other target (the spacing exception).
 */
type Target = { name: string; x: number; y: number; w: number; h: number; aaOnly: string | null };

/** Controls allowed below 44 px, with why (each must still pass 2.5.8). */
const aaOnly: Record<string, string> = {
  // Windows 7's caption button is small; the dialog's own Close button below it is full size.
  '[data-dialog-titlebar] button': 'the Windows 7 title-bar close button, drawn at its real proportions',
};

async function targets(scope: Locator): Promise<Target[]> {
  return scope.evaluate((root, allowed) => {
    const out: Target[] = [];
    for (const el of root.querySelectorAll<HTMLElement>('button, summary, a[href], input[type="submit"], input[type="button"], [role="button"]')) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      // Not shown: no box, visually hidden (sr-only) or invisible.
      if (r.width <= 1 || r.height <= 1 || style.visibility === 'hidden' || el.closest('[hidden], [aria-hidden="true"]')) continue;
      if (el.matches('a') && style.display === 'inline') continue;
      const match = Object.keys(allowed).find((sel) => el.matches(sel));
      out.push({
        name: `${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}”`,
        x: r.x + window.scrollX,
        y: r.y + window.scrollY,
        w: r.width,
        h: r.height,
        aaOnly: match ? allowed[match]! : null,
      });
    }
    return out;
  }, aaOnly);
}

/** Distance from a point to a rectangle (0 inside it). */
function distance(cx: number, cy: number, t: Target): number {
  const dx = Math.max(t.x - cx, 0, cx - (t.x + t.w));
  const dy = Math.max(t.y - cy, 0, cy - (t.y + t.h));
  return Math.hypot(dx, dy);
}

/** The controls that fail: under 44 px, or (named exceptions) under WCAG 2.5.8's size and spacing. */
function failures(all: Target[]): string[] {
  const bad: string[] = [];
  for (const t of all) {
    const size = `${Math.round(t.w)}x${Math.round(t.h)}`;
    if (t.w >= 43.5 && t.h >= 43.5) continue;
    if (!t.aaOnly) {
      bad.push(`${t.name}: ${size}, under 44 x 44`);
      continue;
    }
    if (t.w >= 24 && t.h >= 24) continue;
    const cx = t.x + t.w / 2;
    const cy = t.y + t.h / 2;
    const crowded = all.some((o) => o !== t && distance(cx, cy, o) < 12);
    if (crowded) bad.push(`${t.name}: ${size}, under 24 px and too close to another target`);
  }
  return bad;
}

async function expectTargets(scope: Locator, what: string, atLeast: number) {
  const all = await targets(scope);
  expect(all.length, `${what}: controls measured`).toBeGreaterThanOrEqual(atLeast);
  expect(failures(all), what).toEqual([]);
}

async function phone(page: Page) {
  await page.setViewportSize({ width: 390, height: 844 });
}

test('the checker itself: a control shrunk to 30 px fails, and only that one', async ({ page }) => {
  await phone(page);
  await page.goto('./en/simulator/');
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-hydrated', 'true');
  // Shrink one real control to the size the review found (30 px), and check the measure catches it.
  const undo = page.getByTestId('sim-undo');
  await undo.evaluate((el) => Object.assign((el as HTMLElement).style, { minHeight: '0', height: '30px', paddingTop: '0', paddingBottom: '0' }));
  await expect.poll(async () => (await undo.boundingBox())!.height).toBe(30);
  const found = failures(await targets(page.locator('main')));
  expect(found.join('\n')).toContain('sim-undo');
  expect(found).toHaveLength(1);
});

for (const locale of locales) {
  test.describe(`touch targets at 390 x 844 (${locale})`, () => {
    test('simulator: challenges, events, PC cards, settings, scenarios and the failure dialog', async ({ page }) => {
      await phone(page);
      await page.goto(`./${locale}/simulator/`);
      await expect(page.getByTestId('simulator')).toHaveAttribute('data-hydrated', 'true');
      await expectTargets(page.locator('main'), 'simulator, opened', 10);
      // PCs with their own actions, and the settings opened.
      await page.getByTestId('sim-activate').click();
      await expect(page.getByTestId('pc-1-reinstall')).toBeVisible();
      await page.getByTestId('sim-settings-toggle').click();
      await expect(page.getByTestId('sim-seats')).toBeVisible();
      await expectTargets(page.locator('main'), 'simulator, with a PC and the settings', 15);
      // The failure dialog, next to the button pressed.
      await page.getByTestId('sim-block').click();
      await page.getByTestId('sim-leak').click();
      await expect(page.getByTestId('sim-dialog')).toBeVisible();
      await expectTargets(page.locator('main'), 'simulator, with the failure dialog', 15);
    });

    test('presenter: slide controls and the dialogs', async ({ page }) => {
      await phone(page);
      await page.goto(`./${locale}/classroom/present/?step=2`);
      await expect(page.locator('[data-presenter="on"]')).toHaveCount(1);
      await expectTargets(page.getByTestId('slide'), 'presenter', 5);
      await page.getByTestId('open-help').click();
      await expect(page.getByTestId('help-dialog')).toBeVisible();
      await expectTargets(page.getByTestId('help-dialog'), 'presenter, keys dialog', 1);
    });

    test('quiz and the error-code lookup', async ({ page }) => {
      await phone(page);
      await page.goto(`./${locale}/quiz/`);
      await expect(page.getByTestId('quiz-question').first()).toBeVisible();
      await page.getByTestId('quiz-question').first().locator('input[type="radio"]').first().check();
      await expect(page.getByTestId('quiz-feedback').first()).toBeVisible();
      await expectTargets(page.locator('main'), 'quiz', 3);
      await page.goto(`./${locale}/errors/`);
      await expectTargets(page.locator('form:has([data-testid="code-lookup-input"])'), 'error-code lookup', 1);
    });
  });
}
