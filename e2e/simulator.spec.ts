import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { locales, watchPage } from './helpers';

/** Presses a button that adds one event, and waits for the log to grow, so the next press sees the new state. */
async function press(page: Page, testId: string) {
  const before = await page.locator('[data-testid="sim-log"] li').count();
  await page.getByTestId(testId).click();
  await expect(page.locator('[data-testid="sim-log"] li')).toHaveCount(before + 1);
}

/** Opens a simulator page and waits until it has read its scenario from the URL. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('simulator')).toHaveAttribute('data-hydrated', 'true');
  if (/preset=(asker|firm|reseller|retail)/.test(path)) await expect(page).toHaveURL(/ev=/);
}

/** The alpha of a computed CSS colour: rgb()/rgba(), or a space form with "/ a" (color(), oklab() …). */
function alpha(color: string): number {
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return Number(slash[1]) / (slash[2] ? 100 : 1);
  const rgba = /^rgba\([^,]+,[^,]+,[^,]+,\s*([\d.]+)\)$/.exec(color);
  return rgba ? Number(rgba[1]) : 1;
}

/** A rough lightness (0 black … 1 white) of an rgb() colour, enough to tell the light theme from the dark. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number];
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

const insight = (page: Page) => page.getByTestId('challenge-insight');
const goal = (page: Page) => page.getByTestId('challenge-goal');

// What each scenario must show, written from the design brief's stories (not from the code).
const expected: Record<string, string[]> = {
  asker: ['0xC004C020', '0xC004C003'],
  firm: [],
  reseller: ['0xC004C020', '0xC004C020', '0xC004C003'],
  retail: [],
};

test('after hydration only the "hydrated" flag changes: nothing inside the simulator renders a second time', async ({ page, baseURL }) => {
  // A hydration error would make React render the page afresh, with new fibers: the check below
  // would then pass without meaning anything, so there must be none.
  const problems = watchPage(page, new URL(baseURL!).origin);
  await open(page, './en/simulator/');
  // React keeps one fiber per element (`__reactFiber$…`); the first time a component renders again,
  // each element it returns gets an `alternate`. The flag flips just after hydration, and only its
  // own wrapper (components/hooks/HydratedMark.tsx) may render for it.
  const { elements, renderedAgain } = await page.evaluate(() => {
    const fiber = (el: Element) => (el as unknown as Record<string, { alternate: unknown } | undefined>)[Object.keys(el).find((k) => k.startsWith('__reactFiber$')) ?? ''];
    const inside = Array.from(document.querySelectorAll('[data-testid="sim-playground"], [data-testid="sim-playground"] *')).filter((el) => fiber(el));
    return { elements: inside.length, renderedAgain: inside.filter((el) => fiber(el)!.alternate !== null).map((el) => el.getAttribute('data-testid') ?? el.tagName) };
  });
  expect(elements, 'the playground is hydrated').toBeGreaterThan(50);
  expect(renderedAgain, 'elements rendered a second time after hydration').toEqual([]);
  expect(problems).toEqual([]);
});

test('the long sections at the foot of the page wait to be laid out until they are near, and a link to one lands on it', async ({ page, browser }) => {
  // A link to a heading inside a skipped section, opened in a fresh page, still brings it to the top.
  for (const id of ['presets', 'rules']) {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const fresh = await context.newPage();
    await fresh.goto(`./ja/simulator/#${id}`);
    await expect(fresh.getByTestId('simulator')).toHaveAttribute('data-hydrated', 'true');
    const top = await fresh.locator(`#${id}`).evaluate((el) => el.getBoundingClientRect().top);
    expect(top, `#${id} is at the top of the window`).toBeGreaterThanOrEqual(0);
    expect(top, `#${id} is at the top of the window`).toBeLessThan(60);
    await context.close();
  }

  await page.setViewportSize({ width: 390, height: 800 });
  await open(page, './ja/simulator/');
  const rules = page.locator('#rules');
  const depth = await rules.evaluate((el) => el.getBoundingClientRect().top / window.innerHeight);
  expect(depth, 'the rules start far below the first screen (else the browser lays them out at once)').toBeGreaterThan(2.5);
  // checkVisibility({ contentVisibilityAuto: true }) is false for content whose rendering the
  // browser skips under content-visibility: auto (components/simulator/RulesList.tsx, .below-fold).
  const firstRule = page.locator('#rules ~ ul > li').first();
  const shown = () => firstRule.evaluate((el) => el.checkVisibility({ contentVisibilityAuto: true }));
  expect(await shown(), 'far below the first screen, the rules are not laid out yet').toBe(false);
  await rules.scrollIntoViewIfNeeded();
  await expect.poll(shown, { message: 'near the viewport, they are' }).toBe(true);
});

for (const locale of locales) {
  test.describe(`simulator (${locale})`, () => {
    test('opens empty on the first challenge and plays every challenge to its end', async ({ page }) => {
      await open(page, `./${locale}/simulator/`);
      await expect(goal(page)).toHaveAttribute('data-challenge', 'activate');
      await expect(page.getByTestId('sim-machine-list')).toHaveCount(0);

      // 1. Activate the firm's 3 PCs.
      for (let i = 0; i < 3; i++) await press(page, 'sim-activate');
      await expect(insight(page)).toHaveAttribute('data-challenge', 'activate');
      await expect(insight(page).locator('a')).toHaveAttribute('href', new RegExp(`/${locale}/learn/seats-vs-activations/$`));
      await expect(goal(page)).toHaveAttribute('data-challenge', 'reinstall');
      await expect(page.getByTestId('sim-activations')).toContainText('3');

      // 2. Reinstall PC 2: the activation count goes up, the licenses do not.
      await press(page, 'pc-2-reinstall');
      await expect(insight(page)).toHaveAttribute('data-challenge', 'reinstall');
      await expect(page.getByTestId('sim-activations')).toContainText('4');
      await expect(page.getByTestId('sim-unlicensed')).toContainText('0');

      // 3. Retire PC 1 and activate a replacement: activated, but unlicensed.
      await press(page, 'pc-1-retire');
      await expect(page.getByTestId('pc-1')).not.toContainText(locale === 'ja' ? '再インストール' : 'Reinstall');
      await press(page, 'sim-activate');
      await expect(insight(page)).toHaveAttribute('data-challenge', 'retire');
      await expect(page.getByTestId('pc-4')).toHaveAttribute('data-activated', 'true');
      await expect(page.getByTestId('pc-4')).toHaveAttribute('data-licensed', 'false');
      await expect(page.getByTestId('sim-meters').getByTestId('license-overflow')).toBeVisible();

      // 4. Sell the key until something happens.
      for (let i = 0; i < 10 && (await page.getByTestId('sim-dialog').count()) === 0; i++) await press(page, 'sim-leak');
      await expect(page.getByTestId('sim-dialog').locator('[data-dialog-code]')).toHaveText('0xC004C020');
      await expect(insight(page)).toHaveAttribute('data-challenge', 'sell');
      await expect(insight(page)).toContainText('0xC004C020');

      // 5. Block the key, then sell once more.
      await press(page, 'sim-block');
      await press(page, 'sim-leak');
      await expect(page.getByTestId('sim-dialog').locator('[data-dialog-code]')).toHaveText('0xC004C003');
      await expect(insight(page)).toHaveAttribute('data-challenge', 'block');
      await expect(page.getByTestId('challenges-done')).toBeVisible();
      await expect(page.getByTestId('sim-announce')).toContainText('0xC004C003');
    });

    // Every scenario in one test: one page opens the scenarios, a second one opens their links.
    test('each scenario: a shared link gives the same state', async ({ page, context }) => {
      const other = await context.newPage();
      for (const [preset, codes] of Object.entries(expected)) {
        await open(page, `./${locale}/simulator/?preset=${preset}`);
        await expect(page).toHaveURL(/ev=/);
        const shown = await page.locator('[data-testid="sim-log"] li[data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
        expect.soft(shown, `${preset}: codes shown`).toEqual(codes);
        const state = await page.getByTestId('sim-state').innerText();
        const cards = await page.locator('[data-testid="sim-machine-list"] > li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-activated')}/${e.getAttribute('data-licensed')}`));
        await other.goto(page.url());
        await expect.soft(other.getByTestId('sim-state'), `${preset}: state from the link`).toHaveText(state);
        expect.soft(await other.locator('[data-testid="sim-machine-list"] > li').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-activated')}/${e.getAttribute('data-licensed')}`)), `${preset}: PCs from the link`).toEqual(cards);
        await expect.soft(other.getByTestId('sim-corrections'), `${preset}: no corrections`).toHaveCount(0);
        if (preset === 'firm') {
          // PC 5 was retired; its replacement, PC 11, activates within the limit but has no license.
          await expect.soft(other.getByTestId('pc-11'), preset).toHaveAttribute('data-activated', 'true');
          await expect.soft(other.getByTestId('pc-11'), preset).toHaveAttribute('data-licensed', 'false');
        }
      }
    });

    test('a failed activation shows the dialog with its code next to the button pressed', async ({ page }) => {
      await open(page, `./${locale}/simulator/?seats=2&limit=2&ev=a,a`);
      await press(page, 'sim-activate');
      const events = page.locator('section', { has: page.getByTestId('sim-activate') });
      const dialog = events.getByTestId('sim-dialog');
      await expect(dialog.locator('[data-dialog-code]')).toHaveText('0xC004C020');
      await expect(dialog.getByTestId('sim-dialog-link')).toHaveAttribute('href', new RegExp(`/${locale}/errors/0xc004c020/$`));
      const button = (await page.getByTestId('sim-activate').boundingBox())!;
      const box = (await dialog.boundingBox())!;
      expect(box.y - (button.y + button.height)).toBeLessThan(150);
      // On a PC card: the dialog opens inside that card.
      await press(page, 'pc-1-reinstall');
      await expect(page.getByTestId('pc-1').getByTestId('sim-dialog').locator('[data-dialog-code]')).toHaveText('0xC004C020');
      await expect(events.getByTestId('sim-dialog')).toHaveCount(0);
      await page.getByTestId('pc-1').getByTestId('sim-dialog').getByRole('button').first().click();
      await expect(page.getByTestId('sim-dialog')).toHaveCount(0);
      await expect(page.getByTestId('pc-1-reinstall')).toBeFocused();
      await press(page, 'sim-block');
      await press(page, 'sim-leak');
      await expect(events.getByTestId('sim-dialog').locator('[data-dialog-code]')).toHaveText('0xC004C003');
    });

    test('phone: after an action near the bottom, both compact meters are in view', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, `./${locale}/simulator/?preset=firm`);
      const button = page.getByTestId('pc-11-reinstall');
      await button.scrollIntoViewIfNeeded();
      await press(page, 'pc-11-reinstall');
      for (const id of ['compact-license', 'compact-activations']) {
        const box = (await page.getByTestId(id).boundingBox())!;
        expect(box.y, id).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height, id).toBeLessThanOrEqual(844);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      // The bar is opaque in both themes (nothing shows through it) and marked off by a line and a shadow.
      for (const colorScheme of ['light', 'dark'] as const) {
        if (colorScheme === 'dark') {
          // The theme is chosen before first paint, so the page is loaded again in the dark scheme.
          await page.emulateMedia({ colorScheme });
          await page.reload();
          await expect(page.getByTestId('simulator')).toHaveAttribute('data-hydrated', 'true');
          await press(page, 'pc-11-reinstall');
        }
        const bar = await page.getByTestId('sim-compact').evaluate((el) => {
          const s = getComputedStyle(el);
          const r = el.getBoundingClientRect();
          const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
          return { bg: s.backgroundColor, border: parseFloat(s.borderBottomWidth), shadow: s.boxShadow, onTop: !!top && el.contains(top) };
        });
        expect(alpha(bar.bg), `${colorScheme}: ${bar.bg}`).toBe(1);
        expect(luminance(bar.bg) > 0.5, `${colorScheme}: ${bar.bg}`).toBe(colorScheme === 'light');
        expect(bar.border, colorScheme).toBeGreaterThanOrEqual(1);
        expect(bar.shadow, colorScheme).not.toBe('none');
        expect(bar.onTop, colorScheme).toBe(true);
      }
    });

    test('the two meters are outlined with the same line, and still drawn differently', async ({ page }) => {
      await open(page, `./${locale}/simulator/?preset=asker`);
      const outline = (bar: string, sel: string) =>
        page.getByTestId('sim-meters').getByTestId(bar).locator(sel).first().evaluate((el) => {
          const s = getComputedStyle(el);
          return { width: s.strokeWidth, colour: s.stroke };
        });
      const license = await outline('license-bar', 'rect[stroke-width]');
      const activation = await outline('activation-bar', 'rect');
      expect(license).toEqual(activation);
      // Different shapes: a box with the unlicensed PCs in red past its end, and a track with the limit marked.
      await expect(page.getByTestId('sim-meters').getByTestId('license-overflow')).toHaveCount(1);
      expect(await page.getByTestId('sim-meters').getByTestId('activation-bar').locator('rect').count()).toBe(3);
    });

    test('number fields take free typing, and reject 0, -5 and empty with a message, leaving the URL alone', async ({ page }) => {
      await open(page, `./${locale}/simulator/?seats=3&limit=6&key=mak&ev=a`);
      await page.getByTestId('sim-settings-toggle').click();
      const seats = page.getByTestId('sim-seats');
      await seats.fill('');
      await seats.pressSequentially('5');
      await seats.press('Tab');
      await expect(seats).toHaveValue('5');
      await expect(page).toHaveURL(/seats=5/);
      await expect(page.getByTestId('sim-licensed')).toContainText('5');
      for (const bad of ['0', '-5', '']) {
        const url = page.url();
        await seats.fill(bad);
        await seats.press('Tab');
        await expect(page.getByTestId('sim-seats-error')).toBeVisible();
        await expect(seats).toHaveAttribute('aria-invalid', 'true');
        expect(page.url()).toBe(url);
        await expect(page.getByTestId('sim-licensed')).toContainText('5');
      }
      await seats.fill('7');
      await seats.press('Enter');
      await expect(page.getByTestId('sim-seats-error')).toHaveCount(0);
      await expect(page).toHaveURL(/seats=7/);
    });

    test('undo and reset work; the language switch keeps the scenario', async ({ page }) => {
      await open(page, `./${locale}/simulator/?seats=2&limit=3&key=mak&ev=`);
      await press(page, 'sim-activate');
      await press(page, 'sim-leak');
      await expect(page.getByTestId('sim-unlicensed')).toContainText('1');
      await page.getByTestId('sim-undo').click();
      await expect(page.locator('[data-testid="sim-log"] li')).toHaveCount(1);
      const before = new URL(page.url()).search;
      await page.getByTestId('language-switch').click();
      await expect(page).toHaveURL(new RegExp(`/${locale === 'ja' ? 'en' : 'ja'}/simulator/`));
      await expect(page.locator('[data-testid="sim-log"] li')).toHaveCount(1);
      expect(new URL(page.url()).search).toBe(before);
      await page.getByTestId('sim-reset').click();
      await expect(page.getByTestId('sim-log')).toHaveCount(0);
    });

    test('a copied link opened in a new page shows the same state', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await open(page, `./${locale}/simulator/?preset=reseller`);
      await press(page, 'sim-validate');
      const state = await page.getByTestId('sim-state').innerText();
      await page.getByTestId('sim-copy').click();
      await expect(page.getByTestId('sim-copy-status')).not.toBeEmpty();
      const url = await page.evaluate(() => navigator.clipboard.readText());
      expect(url).toBe(page.url());
      const other = await context.newPage();
      await other.goto(url);
      await expect(other.getByTestId('sim-state')).toHaveText(state);
    });

    test('hostile query strings show the notice and a working page', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await open(page, `./${locale}/simulator/?seats=-9&limit=abc&key=%3Cscript%3E&ev=${'a,zz,'.repeat(400)}r99`);
      await expect(page.getByTestId('sim-corrections')).toBeVisible();
      // 400 activations were cut to the 200 a scenario holds: the page says so and adds no more.
      await expect(page.getByTestId('sim-full')).toBeVisible();
      await expect(page.getByTestId('sim-activate')).toBeDisabled();
      await page.getByTestId('sim-undo').click();
      await press(page, 'sim-activate');
      await expect(page.getByTestId('sim-corrections')).toHaveCount(0);
      await open(page, `./${locale}/simulator/?preset=nope`);
      await expect(page.getByTestId('sim-corrections')).toBeVisible();
      await expect(goal(page)).toHaveAttribute('data-challenge', 'activate');
      expect(errors).toEqual([]);
    });

    test('story step 7: the embedded simulator plays the asker’s case', async ({ page }) => {
      await page.goto(`./${locale}/story/seats-vs-count/`);
      const embed = page.getByTestId('simulator-embed');
      await expect(embed.getByTestId('sim-activations')).toContainText('25');
      await embed.getByTestId('simulator-embed-play').click();
      await embed.getByTestId('sim-leak').click();
      await expect(embed.getByTestId('sim-dialog').locator('[data-dialog-code]')).toHaveText('0xC004C020');
      await embed.getByTestId('sim-block').click();
      await embed.getByTestId('sim-leak').click();
      await expect(embed.getByTestId('sim-dialog').locator('[data-dialog-code]')).toHaveText('0xC004C003');
      await expect(embed.getByTestId('sim-blocked')).toBeVisible();
    });
  });
}
