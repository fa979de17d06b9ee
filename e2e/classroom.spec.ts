import { expect, test, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { lessonQuestions, locales, storySteps } from './helpers';

/** Opens presenter mode and waits until it has hydrated (keys do nothing before that). */
async function openPresenter(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-presenter="on"]')).toHaveCount(1);
}

for (const locale of locales) {
  const steps = storySteps(locale);
  const total = steps.length;

  test.describe(`classroom (${locale})`, () => {
    test('presenter: keys move through every step and the URL follows', async ({ page }) => {
      await openPresenter(page, `./${locale}/classroom/present/`);
      const title = page.getByTestId('slide-title');
      await expect(title).toHaveText(steps[0]!.title);
      for (let i = 1; i < total; i++) {
        await page.keyboard.press(i % 3 === 0 ? 'PageDown' : i % 3 === 1 ? 'ArrowRight' : ' ');
        await expect(title).toHaveText(steps[i]!.title);
        await expect(page).toHaveURL(new RegExp(`[?&]step=${i + 1}$`));
      }
      await page.keyboard.press('Home');
      await expect(title).toHaveText(steps[0]!.title);
      await page.keyboard.press('End');
      await expect(title).toHaveText(steps[total - 1]!.title);
      await page.keyboard.press('PageUp');
      await expect(title).toHaveText(steps[total - 2]!.title);
      // Reload and back/forward keep the place.
      await page.reload();
      await expect(title).toHaveText(steps[total - 2]!.title);
      await page.goBack();
      await expect(title).toHaveText(steps[total - 1]!.title);
      await page.goForward();
      await expect(title).toHaveText(steps[total - 2]!.title);
      await page.keyboard.press('?');
      await expect(page.getByTestId('keys-help')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('keys-help')).toBeHidden();
    });

    test('presenter: a bad ?step= is corrected to the nearest slide', async ({ page }) => {
      await openPresenter(page, `./${locale}/classroom/present/?step=999`);
      await expect(page.getByTestId('slide-title')).toHaveText(steps[total - 1]!.title);
      await openPresenter(page, `./${locale}/classroom/present/?step=%3Cscript%3E`);
      await expect(page.getByTestId('slide-title')).toHaveText(steps[0]!.title);
    });

    test('presenter and speaker notes stay on the same step, both ways', async ({ page, context }) => {
      await openPresenter(page, `./${locale}/classroom/present/?step=2`);
      const notes = await context.newPage();
      await notes.goto(`./${locale}/classroom/notes/`);
      await expect(notes.getByTestId('notes-title')).toHaveText(steps[1]!.title);
      await expect(notes.getByTestId('notes-text')).toHaveText(steps[1]!.notes);
      await page.bringToFront();
      await page.keyboard.press('ArrowRight');
      await expect(notes.getByTestId('notes-title')).toHaveText(steps[2]!.title);
      await notes.getByTestId('notes-next').click();
      await expect(page.getByTestId('slide-title')).toHaveText(steps[3]!.title);
      await expect(page).toHaveURL(/step=4$/);
    });

    test('the QR code encodes the current step’s public URL', async ({ page, baseURL }) => {
      await openPresenter(page, `./${locale}/classroom/present/?step=3`);
      await expect(page.getByTestId('slide-title')).toHaveText(steps[2]!.title);
      await page.keyboard.press('q');
      const qr = page.getByTestId('qr');
      await expect(qr.locator('svg')).toBeVisible();
      const expected = `${baseURL}/${locale}/story/${steps[2]!.slug}/`;
      await expect(async () => {
        const png = PNG.sync.read(await qr.screenshot());
        const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        expect(decoded?.data).toBe(expected);
      }).toPass({ timeout: 10_000 });
    });

    test('the handout prints on at most 4 A4 pages with the worksheet', async ({ page }) => {
      await page.goto(`./${locale}/classroom/handout/`);
      const questions = await page.getByTestId('worksheet').locator('li').allInnerTexts();
      expect(questions.length).toBeGreaterThanOrEqual(3);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('#site-header')).toBeHidden();
      for (const q of questions) await expect(page.getByText(q.trim(), { exact: true })).toBeVisible();
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(4);
    });

    test('pretest answers are kept in this browser and compared in the quiz', async ({ page }) => {
      const byId = new Map(lessonQuestions(locale).map((q) => [q.id, q]));
      await page.goto(`./${locale}/classroom/`);
      const pretest = page.getByTestId('pretest');
      const fieldsets = pretest.locator('fieldset');
      const count = await fieldsets.count();
      expect(count).toBeGreaterThanOrEqual(2);
      // Wait for hydration: the saved answers are read in an effect, and a click before it would be lost.
      await expect(page.locator('html.js')).toHaveCount(1);
      await expect(async () => {
        await fieldsets.nth(0).locator('input[type="radio"]').nth(0).check();
        await expect(pretest.getByRole('status')).not.toBeEmpty({ timeout: 500 });
      }).toPass();
      await fieldsets.nth(1).locator('input[type="radio"]').nth(1).check();
      const ids = await fieldsets.evaluateAll((sets) => sets.map((f) => (f.querySelector('input') as HTMLInputElement).name.replace(/^pre-/, '')));
      await page.reload();
      await expect(fieldsets.nth(0).locator('input[type="radio"]').nth(0)).toBeChecked();
      await expect(fieldsets.nth(1).locator('input[type="radio"]').nth(1)).toBeChecked();

      await page.goto(`./${locale}/quiz/`);
      const compare = page.getByTestId('pretest-compare');
      await expect(compare.locator('tbody tr')).toHaveCount(2);
      for (const [row, chosen] of [
        [0, 0],
        [1, 1],
      ] as const) {
        const q = byId.get(ids[row]!)!;
        const mark = chosen === q.answer ? '✓' : '✗';
        await expect(compare.locator('tbody tr').nth(row).locator('td').first()).toHaveText(`${mark} ${q.options[chosen]}`);
      }

      await page.goto(`./${locale}/classroom/`);
      await pretest.getByRole('button').click();
      await expect(fieldsets.nth(0).locator('input[type="radio"]:checked')).toHaveCount(0);
      await page.goto(`./${locale}/quiz/`);
      await expect(page.getByTestId('quiz-score')).toBeVisible();
      await expect(page.getByTestId('pretest-compare')).toHaveCount(0);
    });

    test('answering every quiz question right gives a full score', async ({ page }) => {
      const questions = lessonQuestions(locale);
      expect(questions.length).toBeGreaterThanOrEqual(12);
      await page.goto(`./${locale}/quiz/`);
      const items = page.getByTestId('quiz-question');
      await expect(items).toHaveCount(questions.length);
      for (const [i, q] of questions.entries()) {
        await items.nth(i).locator('input[type="radio"]').nth(q.answer).check();
        await expect(items.nth(i).getByTestId('quiz-feedback')).toBeVisible();
      }
      const score = page.getByTestId('quiz-score');
      await expect(score).toHaveAttribute('data-correct', String(questions.length));
      await expect(score).toHaveAttribute('data-total', String(questions.length));
      await page.getByTestId('quiz-retry').click();
      await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
    });

    test('a wrong answer says so and links to its lesson', async ({ page }) => {
      const q = lessonQuestions(locale)[0]!;
      await page.goto(`./${locale}/quiz/#${q.id}`);
      const item = page.locator(`li#${q.id}`);
      await item.locator('input[type="radio"]').nth((q.answer + 1) % q.options.length).check();
      const feedback = item.getByTestId('quiz-feedback');
      await expect(feedback).toContainText(q.options[q.answer]!);
      await expect(feedback.locator('a')).toHaveAttribute('href', new RegExp(`/${locale}/learn/`));
    });
  });

  test.describe(`presenter without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('every slide is listed and the stage stays hidden', async ({ page }) => {
      await page.goto(`./${locale}/classroom/present/`);
      await expect(page.locator('[data-slide]')).toHaveCount(total);
      for (const step of steps) await expect(page.locator('[data-slide] h2', { hasText: step.title }).first()).toBeVisible();
      await expect(page.getByTestId('slide')).toBeHidden();
    });
  });
}
