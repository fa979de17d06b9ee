import { expect, test } from '@playwright/test';
import { locales, storySteps } from './helpers';

for (const locale of locales) {
  const steps = storySteps(locale);

  test.describe(`story (${locale})`, () => {
    test('walk every step forward by keyboard and back by clicking', async ({ page }) => {
      await page.goto(`./${locale}/story/${steps[0]!.slug}/`);
      for (const [i, step] of steps.entries()) {
        await expect(page).toHaveURL(new RegExp(`/${locale}/story/${step.slug}/$`));
        await expect(page.locator('h1')).toHaveText(step.title);
        await expect(page.getByTestId('step-of')).toContainText(String(i + 1));
        if (i > 0) {
          // Focus moved to the new step's heading, and the move was announced.
          await expect(page.locator('h1')).toBeFocused();
          await expect(page.getByTestId('step-announcer')).toContainText(step.short);
        }
        if (i < steps.length - 1) await page.keyboard.press('ArrowRight');
      }
      for (let i = steps.length - 1; i > 0; i--) {
        await page.getByTestId('step-prev').click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/story/${steps[i - 1]!.slug}/$`));
        await expect(page.locator('h1')).toHaveText(steps[i - 1]!.title);
      }
    });

    test('arrow keys do nothing while typing in a field', async ({ page }) => {
      await page.goto(`./${locale}/story/${steps[1]!.slug}/`);
      await page.locator('#site-search').fill('MAK');
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(300);
      await expect(page).toHaveURL(new RegExp(`/story/${steps[1]!.slug}/$`));
    });

    test('each choice reveals its consequence, and the choice is remembered', async ({ page }) => {
      for (const step of steps.filter((s) => s.choice)) {
        await page.goto(`./${locale}/story/${step.slug}/`);
        for (const option of step.choice!.options) {
          const consequence = page.getByText(option.consequence, { exact: true });
          await expect(consequence).toBeHidden();
          await page.locator('summary', { hasText: option.label }).click();
          await expect(consequence).toBeVisible();
        }
      }
      await page.goto(`./${locale}/story/`);
      const stored = await page.evaluate(() => localStorage.getItem('story-progress-v1'));
      expect(JSON.parse(stored!).choices).toBeTruthy();
    });

    test('the language switch on a step opens the same step in the other language', async ({ page }) => {
      const other = locale === 'ja' ? 'en' : 'ja';
      const step = steps[4]!;
      await page.goto(`./${locale}/story/${step.slug}/`);
      await page.getByTestId('language-switch').click();
      await expect(page).toHaveURL(new RegExp(`/${other}/story/${step.slug}/$`));
      await expect(page.locator('html')).toHaveAttribute('lang', other);
      await expect(page.locator('h1')).toHaveText(storySteps(other)[4]!.title);
    });

    test('the activation dialogs show the codes with Windows’ message and link to their pages', async ({ page }) => {
      for (const [slug, code] of [
        ['first-key', '0xC004C003'],
        ['second-key', '0xC004C020'],
      ] as const) {
        await page.goto(`./${locale}/story/${slug}/`);
        const dialog = page.locator(`[data-testid="activation-dialog"][data-code="${code}"]`);
        await expect(dialog).toContainText(code);
        await expect(dialog).toContainText(locale === 'ja' ? 'ライセンス認証サーバー' : 'activation server');
        const link = page.locator(`a[href$="/${locale}/errors/${code.toLowerCase()}/"]`).first();
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/errors/${code.toLowerCase()}/$`));
        await expect(page.locator('h1')).toContainText(code);
      }
    });

    test('reading a step shows on the overview, with a reset', async ({ page }) => {
      await page.goto(`./${locale}/story/${steps[0]!.slug}/`);
      await page.goto(`./${locale}/story/`);
      await expect(page.getByTestId(`read-${steps[0]!.slug}`)).toBeVisible();
      await expect(page.getByTestId('progress-text')).toContainText('1');
      await page.getByRole('button', { name: locale === 'ja' ? '読んだ記録を消す' : 'Clear what I have read' }).click();
      await expect(page.getByTestId(`read-${steps[0]!.slug}`)).toHaveCount(0);
    });

    test('garbage in stored progress is ignored and the overview still renders', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const garbage of ['{not json', '[1,2,3]', '{"read":"x","choices":null}', '{"read":[{"a":1}],"choices":{"the-offer":"<img src=x>"}}', 'null']) {
        await page.goto(`./${locale}/story/`);
        await page.evaluate((g) => localStorage.setItem('story-progress-v1', g), garbage);
        await page.reload();
        await expect(page.locator('h1')).toBeVisible();
        await expect(page.getByTestId('step-list').locator(':scope > li')).toHaveCount(steps.length);
      }
      expect(errors).toEqual([]);
    });
  });

  test.describe(`story without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('every step, choice and consequence is readable', async ({ page }) => {
      for (const step of steps) {
        await page.goto(`./${locale}/story/${step.slug}/`);
        await expect(page.locator('h1')).toHaveText(step.title);
        for (const option of step.choice?.options ?? []) {
          await page.locator('summary', { hasText: option.label }).click();
          await expect(page.getByText(option.consequence, { exact: true })).toBeVisible();
        }
      }
    });
  });
}
