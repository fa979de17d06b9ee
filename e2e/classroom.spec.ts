import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { lessonQuestions, locales, storySteps } from './helpers';

/** Opens presenter mode and waits until it has hydrated (keys do nothing before that). */
async function openPresenter(page: Page, url: string) {
  await page.goto(url);
  await expect(page.locator('[data-presenter="on"]')).toHaveCount(1);
}

function messages(locale: 'ja' | 'en') {
  return JSON.parse(readFileSync(`content/${locale}/messages/classroom.json`, 'utf8')) as { students: Record<'before' | 'after', { title: string }> };
}

/** The teacher page's model answers: the text of each <DeepDive> in the lesson plan. */
function modelAnswers(locale: 'ja' | 'en'): string[] {
  const mdx = readFileSync(`content/${locale}/classroom/plan.mdx`, 'utf8');
  // The longest sentence of each answer: long enough that it could only come from that answer.
  return [...mdx.matchAll(/<DeepDive[^>]*>([\s\S]*?)<\/DeepDive>/g)].map((m) =>
    m[1]!
      .split(/<Cite[^>]*\/>|(?<=[.。])/)
      .map((x) => x.trim())
      .sort((a, b) => b.length - a.length)[0]!
      .replace(/\s+/g, ' '),
  );
}

/** Each quiz question's explanation, read from the lessons' frontmatter. */
function explanationsOf(locale: 'ja' | 'en'): string[] {
  return (lessonQuestions(locale) as unknown as { explanation: string }[]).map((q) => q.explanation);
}

for (const locale of locales) {
  const steps = storySteps(locale);
  const m = messages(locale);
  // The deck: the students' "before" page, the story's steps, the students' "after" page.
  const titles = [m.students.before.title, ...steps.map((s) => s.title), m.students.after.title];
  const total = titles.length;

  test.describe(`classroom (${locale})`, () => {
    test('presenter: the ← → hint is shown; keys move through every slide and the URL follows', async ({ page }) => {
      await openPresenter(page, `./${locale}/classroom/present/`);
      // The ← → keys hint is shown with JavaScript.
      await expect(page.getByTestId('keys-hint')).toBeVisible();
      await expect(page.getByTestId('keys-hint')).toContainText('← →');
      const title = page.getByTestId('slide-title');
      await expect(title).toHaveText(titles[0]!);
      for (let i = 1; i < total; i++) {
        await page.keyboard.press(i % 3 === 0 ? 'PageDown' : i % 3 === 1 ? 'ArrowRight' : ' ');
        await expect(title).toHaveText(titles[i]!);
        await expect(page).toHaveURL(new RegExp(`[?&]step=${i + 1}$`));
      }
      await page.keyboard.press('Home');
      await expect(title).toHaveText(titles[0]!);
      await page.keyboard.press('End');
      await expect(title).toHaveText(titles[total - 1]!);
      await page.keyboard.press('PageUp');
      await expect(title).toHaveText(titles[total - 2]!);
      // Reload and back/forward keep the place.
      await page.reload();
      await expect(title).toHaveText(titles[total - 2]!);
      await page.goBack();
      await expect(title).toHaveText(titles[total - 1]!);
      await page.goForward();
      await expect(title).toHaveText(titles[total - 2]!);
      await page.keyboard.press('?');
      await expect(page.getByTestId('keys-help')).toBeVisible();
      // Slides do not move behind an open dialog.
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`[?&]step=${total - 1}$`));
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('keys-help')).toBeHidden();
    });

    test('presenter: the slides show the story’s screens and the student pages’ QR codes; a bad ?step= is corrected to the nearest slide', async ({ page }) => {
      await openPresenter(page, `./${locale}/classroom/present/?step=1`);
      await expect(page.getByTestId('student-slide-url')).toHaveText(/\/quiz\/before\/$/);
      const stepOf = (slug: string) => steps.findIndex((s) => s.slug === slug) + 2;
      await openPresenter(page, `./${locale}/classroom/present/?step=${stepOf('second-key')}`);
      await expect(page.getByTestId('slide').locator('[data-testid="windows-dialog"]')).toHaveAttribute('data-code', '0xC004C020');
      await openPresenter(page, `./${locale}/classroom/present/?step=${stepOf('seats-vs-count')}`);
      await expect(page.getByTestId('two-meters')).toBeVisible();
      await openPresenter(page, `./${locale}/classroom/present/?step=${total}`);
      await expect(page.getByTestId('student-slide-url')).toHaveText(/\/quiz\/after\/$/);
      // A bad ?step= is corrected to the nearest slide.
      await openPresenter(page, `./${locale}/classroom/present/?step=999`);
      await expect(page.getByTestId('slide-title')).toHaveText(titles[total - 1]!);
      await openPresenter(page, `./${locale}/classroom/present/?step=%3Cscript%3E`);
      await expect(page.getByTestId('slide-title')).toHaveText(titles[0]!);
    });

    // Both screen sizes in one test: the deck is loaded afresh at each size.
    test('presenter at 1280x800 and 1024x768: every slide and its previous/next buttons fit the screen without scrolling', async ({ page }) => {
      for (const [width, height] of [
        [1280, 800],
        [1024, 768],
      ] as const) {
        await page.setViewportSize({ width, height });
        await openPresenter(page, `./${locale}/classroom/present/?step=1`);
        for (let i = 1; i <= total; i++) {
          const where = `${width}x${height}, slide ${i} (${titles[i - 1]})`;
          if (i > 1) await page.getByTestId('slide-next').click();
          await expect(page.getByTestId('slide-title')).toHaveText(titles[i - 1]!);
          // The buttons' boxes and the stage's scroll height, read in one call.
          const m = await page.evaluate(() => {
            const box = (id: string) => {
              const r = document.querySelector(`[data-testid="${id}"]`)!.getBoundingClientRect();
              return { y: r.y, bottom: r.bottom, right: r.right };
            };
            const stage = document.querySelector('[data-testid="slide"]')!;
            return { prev: box('slide-prev'), next: box('slide-next'), scroll: stage.scrollHeight, client: stage.clientHeight };
          });
          for (const [id, box] of [
            ['slide-prev', m.prev],
            ['slide-next', m.next],
          ] as const) {
            expect.soft(box.y, `${id}, ${where}`).toBeGreaterThanOrEqual(0);
            expect.soft(box.bottom, `${id}, ${where}`).toBeLessThanOrEqual(height);
            expect.soft(box.right, `${id}, ${where}`).toBeLessThanOrEqual(width);
          }
          // Nothing of the slide is hidden below the controls: the stage has nothing to scroll.
          expect.soft(m.scroll, `${where} scrolls`).toBeLessThanOrEqual(m.client);
        }
      }
    });

    test('presenter: Tab goes only to what can be seen; the site header and footer under the stage are not shown', async ({ page }) => {
      await openPresenter(page, `./${locale}/classroom/present/?step=2`);
      await expect(page.locator('#site-header')).toBeHidden();
      await expect(page.locator('#site-footer')).toBeHidden();
      const stops: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        // Each focused element is on the stage and is what the window shows at its centre.
        stops.push(
          await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return 'body';
            const r = el.getBoundingClientRect();
            const shown = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
            const onStage = !!el.closest('[data-testid="slide"]');
            return `${el.textContent?.trim()} ${onStage && !!shown && (shown === el || el.contains(shown)) ? 'seen' : 'hidden'}`;
          }),
        );
      }
      expect(stops.filter((s) => s.endsWith(' hidden'))).toEqual([]);
      expect(stops.filter((s) => s.endsWith(' seen')).length).toBeGreaterThanOrEqual(4);
    });

    test('speaker view: next slide preview, and it moves both ways with the presenter', async ({ page, context }) => {
      await openPresenter(page, `./${locale}/classroom/present/?step=3`);
      const notes = await context.newPage();
      await notes.goto(`./${locale}/classroom/notes/`);
      // Opened without ?step=, it asks the presenter where it is.
      await expect(notes.getByTestId('notes-title')).toHaveText(titles[2]!);
      await expect(notes.getByTestId('notes-text')).toHaveText(steps[1]!.notes);
      await expect(notes.getByTestId('notes-next-slide')).toContainText(titles[3]!);
      await expect(notes.getByTestId('notes-count')).toHaveText(new RegExp(`\\b3\\b.*\\b${total}\\b`));
      await expect(notes.getByTestId('clock')).toHaveText(/\d/);
      // The site's header and footer are not part of the speaker view.
      await expect(notes.locator('#site-header')).toBeHidden();
      await expect(notes.locator('#site-footer')).toBeHidden();
      await page.bringToFront();
      await page.keyboard.press('ArrowRight');
      await expect(notes.getByTestId('notes-title')).toHaveText(titles[3]!);
      await expect(notes.getByTestId('notes-next-slide')).toContainText(titles[4]!);
      await notes.getByRole('button', { name: messagesNotes(locale).next }).click();
      await expect(page.getByTestId('slide-title')).toHaveText(titles[4]!);
      await expect(page).toHaveURL(/step=5$/);
      await notes.getByRole('button', { name: messagesNotes(locale).prev }).click();
      await expect(page.getByTestId('slide-title')).toHaveText(titles[3]!);
    });

    test('the QR dialog takes focus, keeps Tab inside, and Esc gives focus back to its button', async ({ page, baseURL }) => {
      await openPresenter(page, `./${locale}/classroom/present/?step=4`);
      await expect(page.getByTestId('slide-title')).toHaveText(titles[3]!);
      const opener = page.getByTestId('open-qr');
      await opener.focus();
      await opener.press('Enter');
      const dialog = page.getByTestId('qr-dialog');
      await expect(dialog).toBeVisible();
      await expect.poll(() => dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press(i % 2 ? 'Shift+Tab' : 'Tab');
        expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      }
      // The QR code encodes the current step's public URL, printed below it for typing.
      const expected = `${baseURL}/${locale}/story/${steps[2]!.slug}/`;
      await expect(page.getByTestId('qr-url')).toHaveText(expected.replace(/^https?:\/\//, ''));
      const qr = page.getByTestId('qr');
      await expect(qr.locator('svg')).toBeVisible();
      await expect(async () => {
        const png = PNG.sync.read(await qr.screenshot());
        const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        expect(decoded?.data).toBe(expected);
      }).toPass({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener).toBeFocused();
      await expect(page.getByTestId('slide-title')).toHaveText(titles[3]!);
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

    test('classroom page: h1 first, breadcrumbs, both student pages with QR code and short URL; the student pages carry no model answers and no explanations', async ({ page }) => {
      const answers = modelAnswers(locale);
      expect(answers.length).toBeGreaterThanOrEqual(2);
      const questions = lessonQuestions(locale);
      const explanations = explanationsOf(locale);
      expect(explanations.length).toBe(questions.length);
      // The teacher page does show them (so the comparison below means something).
      await page.goto(`./${locale}/classroom/`);
      // The teacher page: h1 first, breadcrumbs, and both student pages with QR code and short URL.
      const headings = await page.locator('main h1, main h2').evaluateAll((hs) => hs.map((h) => h.tagName));
      expect(headings[0]).toBe('H1');
      await expect(page.getByTestId('breadcrumbs')).toBeVisible();
      await expect(page.getByTestId('pretest')).toHaveCount(0);
      for (const key of ['before', 'after']) {
        const item = page.locator(`[data-student-link="${key}"]`);
        await expect(item.getByTestId('short-url')).toHaveText(new RegExp(`/${locale}/quiz/${key}/$`));
        await expect(item.locator('[data-qr-url] svg')).toBeVisible();
        await expect(item.locator('a')).toHaveAttribute('href', new RegExp(`/${locale}/quiz/${key}/$`));
      }
      // The pages keep a number and its counter together with a no-break space ("1\u00a0つ"), so
      // spaces are compared as spaces.
      const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');
      const teacher = spaced(await page.locator('main').textContent());
      for (const a of answers) expect(teacher).toContain(a);
      for (const path of ['quiz/before', 'quiz/after']) {
        await page.goto(`./${locale}/${path}/`);
        await expect(page.locator('fieldset')).toHaveCount(3);
        const text = spaced(await page.locator('main').textContent());
        for (const a of answers) expect(text).not.toContain(a);
        for (const e of explanations) expect(text).not.toContain(e);
      }
      // The "before" page's HTML holds no answer at all, not even in its scripts.
      const html = await (await page.request.get(`./${locale}/quiz/before/`)).text();
      for (const e of explanations) expect(html).not.toContain(JSON.stringify(e).slice(1, -1));
      expect(questions.length).toBeGreaterThan(3);
    });

    test('pretest answers on the "before" page are kept and compared, using first answers only', async ({ page }) => {
      const byId = new Map(lessonQuestions(locale).map((q) => [q.id, q]));
      await page.goto(`./${locale}/quiz/before/`);
      const pretest = page.getByTestId('pretest');
      const fieldsets = pretest.locator('fieldset');
      await expect(fieldsets).toHaveCount(3);
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

      // On the "after" page: answer the first question wrongly, then rightly.
      const q0 = byId.get(ids[0]!)!;
      const wrong = (q0.answer + 1) % q0.options.length;
      await page.goto(`./${locale}/quiz/after/`);
      const item = page.getByTestId('quiz-question').first();
      await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-answered', '0');
      await item.locator('input[type="radio"]').nth(wrong).check();
      await expect(item.getByTestId('quiz-feedback')).toHaveAttribute('data-right', 'no');
      await item.locator('input[type="radio"]').nth(q0.answer).check();
      await expect(item.getByTestId('quiz-first-counts')).toBeVisible();
      await expect(page.getByTestId('quiz-score')).toHaveAttribute('data-correct', '0');
      const compare = page.getByTestId('pretest-compare');
      await expect(compare.locator('tbody tr')).toHaveCount(2);
      const row = (n: number) => compare.locator('tbody tr').nth(n).locator('td');
      await expect(row(0).first()).toContainText(q0.options[0]!);
      // "After" shows the first (wrong) answer, not the corrected one.
      await expect(row(0).nth(1)).toContainText(q0.options[wrong]!);
      await expect(row(0).nth(1)).not.toContainText(q0.options[q0.answer]!);
      const q1 = byId.get(ids[1]!)!;
      await expect(row(1).first()).toContainText(q1.options[1]!);
      await expect(row(1).nth(1)).toHaveText(messagesQuiz(locale).notAnswered);

      await page.goto(`./${locale}/quiz/before/`);
      await pretest.getByRole('button').click();
      await expect(fieldsets.nth(0).locator('input[type="radio"]:checked')).toHaveCount(0);
      await page.goto(`./${locale}/quiz/`);
      await expect(page.getByTestId('quiz-score')).toBeVisible();
      await expect(page.getByTestId('pretest-compare')).toHaveCount(0);
    });

    test('quiz: the first answer is scored; a later change does not alter the score; retry starts afresh', async ({ page }) => {
      const questions = lessonQuestions(locale);
      const q = questions[0]!;
      await page.goto(`./${locale}/quiz/`);
      const score = page.getByTestId('quiz-score');
      await expect(score).toHaveAttribute('data-answered', '0');
      const item = page.locator(`li#${q.id}`);
      const wrong = (q.answer + 1) % q.options.length;
      await item.locator('input[type="radio"]').nth(wrong).check();
      const feedback = item.getByTestId('quiz-feedback');
      await expect(feedback).toHaveAttribute('data-right', 'no');
      await expect(feedback.getByTestId('quiz-right-answer')).toContainText(q.options[q.answer]!);
      await expect(feedback.locator('a')).toHaveAttribute('href', new RegExp(`/${locale}/learn/`));
      await expect(score).toHaveAttribute('data-correct', '0');
      await expect(score).toHaveAttribute('data-answered', '1');
      await item.locator('input[type="radio"]').nth(q.answer).check();
      await expect(item.locator('input[type="radio"]').nth(q.answer)).toBeChecked();
      await expect(item.getByTestId('quiz-first-counts')).toBeVisible();
      await expect(feedback).toHaveAttribute('data-right', 'no');
      await expect(score).toHaveAttribute('data-correct', '0');
      await page.reload();
      await expect(score).toHaveAttribute('data-answered', '1');
      await expect(score).toHaveAttribute('data-correct', '0');
      // No sentence in the feedback ends with two full stops.
      expect(await feedback.innerText()).not.toMatch(/[.。][”」]?[.。]/);
      await page.getByTestId('quiz-retry').click();
      await expect(page.getByTestId('quiz-feedback')).toHaveCount(0);
      await expect(score).toHaveAttribute('data-answered', '0');
      await item.locator('input[type="radio"]').nth(q.answer).check();
      await expect(score).toHaveAttribute('data-correct', '1');
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
    });
  });

  test.describe(`presenter without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('every slide is listed and the stage stays hidden; no key hints where keys do nothing', async ({ page }) => {
      await page.goto(`./${locale}/classroom/present/`);
      await expect(page.locator('[data-slide]')).toHaveCount(total);
      for (const t of titles) await expect(page.locator('[data-slide] h2', { hasText: t }).first()).toBeVisible();
      await expect(page.getByTestId('slide')).toBeHidden();
      await expect(page.getByTestId('keys-hint')).toBeHidden();
      // The list is an ordinary page, with the site's header and footer.
      await expect(page.locator('#site-header')).toBeVisible();
      await expect(page.locator('#site-footer')).toBeVisible();
      // Neither the hint nor a list of keys is shown: without JavaScript no key moves a slide.
      expect(await page.locator('body').innerText()).not.toMatch(/[←→]|PageDown/);
    });
  });
}

function messagesNotes(locale: 'ja' | 'en') {
  return (JSON.parse(readFileSync(`content/${locale}/messages/classroom.json`, 'utf8')) as { notes: { prev: string; next: string } }).notes;
}

function messagesQuiz(locale: 'ja' | 'en') {
  return (JSON.parse(readFileSync(`content/${locale}/messages/classroom.json`, 'utf8')) as { quiz: { notAnswered: string } }).quiz;
}
