import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { type Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { locales, storySteps } from './helpers';

// Written by hand: the story has 11 steps (DESIGN.md), and these are the words the pages must show.
const text = {
  ja: {
    stepOf: (n: number) => `ステップ ${n} / 11`,
    youChose: 'あなたの選択：',
    buyer: '2013 年の買い手がしたこと',
    again: 'もう一度選ぶ',
    sources: (n: number) => `出典（${n}）`,
    dialogTitle: 'Windows のライセンス認証',
    code: 'コード:',
    description: '説明:',
    serverWords: 'ライセンス認証サーバー',
    success: 'Windows はライセンス認証されています',
    errorLink: (code: string) => `このエラー コードの解説を読む（${code}）`,
    simulation: 'シミュレーション',
  },
  en: {
    stepOf: (n: number) => `Step ${n} of 11`,
    youChose: 'You chose:',
    buyer: 'What the 2013 buyer did',
    again: 'Choose again',
    sources: (n: number) => `Sources (${n})`,
    dialogTitle: 'Windows Activation',
    code: 'Code:',
    description: 'Description:',
    serverWords: 'activation server',
    success: 'Windows is activated',
    errorLink: (code: string) => `Read about this error code (${code})`,
    simulation: 'Simulation',
  },
} as const;

/** What the 2013 buyer did at a step, and how many sources the step lists, from its MDX file. */
function stepFile(locale: 'ja' | 'en', slug: string) {
  const { data, content } = matter(readFileSync(`content/${locale}/story/${slug}.mdx`, 'utf8'));
  const cited = [...content.matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]!);
  return { buyer: (data.choice as { buyer: string }).buyer, sourceCount: new Set([...cited, ...(data.sources as string[])]).size };
}

const storedChoices = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('story-progress-v1');
    return raw ? (JSON.parse(raw) as { choices: Record<string, number> }).choices : null;
  });

for (const locale of locales) {
  const steps = storySteps(locale);
  const words = text[locale];

  test.describe(`story (${locale})`, () => {
    // One walk through all 11 steps checks each step page on the way (its step nav, its pager's
    // place), instead of loading every step again in a test of its own.
    test('walk every step forward by keyboard and back by clicking; the step nav lists all 11 steps on every page, marks the current one and ticks the read ones', async ({ page }) => {
      expect(steps).toHaveLength(11);
      await page.goto(`./${locale}/story/${steps[0]!.slug}/`);
      for (const [i, step] of steps.entries()) {
        await expect(page).toHaveURL(new RegExp(`/${locale}/story/${step.slug}/$`));
        await expect(page.locator('h1')).toHaveText(step.title);
        await expect(page.getByTestId('step-of')).toHaveText(words.stepOf(i + 1));
        if (i > 0) {
          // Focus moved to the new step's heading, and the move was announced.
          await expect(page.locator('h1')).toBeFocused();
          await expect(page.getByTestId('step-announcer')).toContainText(step.short);
        }
        const nav = page.getByTestId('step-nav');
        await expect(nav).toBeVisible();
        await expect(nav.locator('ol > li')).toHaveCount(11);
        await expect(nav.locator('ol > li a')).toHaveText(steps.map((s) => s.short));
        const current = page.locator('[aria-current="step"]');
        await expect(current).toHaveCount(1);
        await expect(current).toHaveText(step.short);
        await expect(current).toHaveAttribute('href', new RegExp(`/${locale}/story/${step.slug}/$`));
        // Steps 1..i have been visited in this browser, so exactly those are ticked.
        await expect(nav.locator('[data-read]')).toHaveCount(i + 1);
        // Then, read in one call: which ticks are shown (visible: a box, not visibility: hidden),
        // and the order of the choice, the pager, "go deeper" and the sources.
        const layout = await page.evaluate(() => {
          const nav = document.querySelector('[data-testid="step-nav"]')!;
          const ticks = Array.from(nav.querySelectorAll<HTMLElement>('[data-read]'))
            .filter((el) => {
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
            })
            .map((el) => el.dataset.read);
          const before = (a: string, b: string) => {
            const x = document.querySelector(a);
            const y = document.querySelector(b);
            return !!x && !!y && Boolean(x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING);
          };
          return {
            ticks,
            choiceThenPager: before('[data-testid="choice"]', '[data-testid="step-pager"]'),
            pagerThenReferences: before('[data-testid="step-pager"]', '[data-testid="references"]'),
            pagerThenDeeper: document.querySelector('#deeper') ? before('[data-testid="step-pager"]', '#deeper') : true,
          };
        });
        expect.soft(layout.ticks, `${step.slug}: the read steps are ticked`).toEqual(steps.slice(0, i + 1).map((s) => s.slug));
        // Previous/next come straight after the choice, before "go deeper" and the sources.
        expect.soft(layout.choiceThenPager, `${step.slug}: choice, then pager`).toBe(true);
        expect.soft(layout.pagerThenReferences, `${step.slug}: pager, then sources`).toBe(true);
        expect.soft(layout.pagerThenDeeper, `${step.slug}: pager, then "go deeper"`).toBe(true);
        if (i < steps.length - 1) await page.keyboard.press('ArrowRight');
      }
      for (let i = steps.length - 1; i > 0; i--) {
        await page.getByTestId('step-prev').click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/story/${steps[i - 1]!.slug}/$`));
        await expect(page.locator('h1')).toHaveText(steps[i - 1]!.title);
        // The new step takes focus to its heading once hydrated (which may scroll the page); the
        // next click waits for that, so it cannot land while the page moves.
        await expect(page.locator('h1')).toBeFocused();
      }
    });

    test('the step title keeps phrases whole, and source dates never break', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      const step = steps[2]!;
      await page.goto(`./${locale}/story/${step.slug}/`);
      const h1 = page.locator('h1');
      await expect(h1).toHaveText(step.title);
      if (locale === 'ja') {
        // BudouX phrase breaks, and the browser breaks only there.
        expect(await h1.locator('wbr').count()).toBeGreaterThan(0);
        await expect(h1).toHaveCSS('word-break', 'keep-all');
      }
      const refs = page.getByTestId('references');
      await refs.locator('summary').click();
      const times = refs.locator('li[id^="ref-"] time');
      await expect(times.first()).toBeVisible();
      // Every date read in one call: its text, and how many boxes it has (an inline element split
      // over two lines has two).
      const dates = await times.evaluateAll((ts) => ts.map((t) => ({ text: (t.textContent ?? '').trim(), boxes: t.getClientRects().length })));
      expect(dates).toHaveLength(stepFile(locale, step.slug).sourceCount);
      for (const { text, boxes } of dates) {
        expect.soft(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect.soft(boxes, `${text} breaks`).toBe(1);
      }
    });

    test('arrow keys move the caret in a field, not the page', async ({ page }) => {
      await page.goto(`./${locale}/story/${steps[1]!.slug}/`);
      const field = page.locator('#site-search');
      await field.fill('MAK');
      await field.press('Home');
      await field.press('ArrowRight');
      // Had the page taken the key, it would have prevented the caret's move (and left the page).
      await expect.poll(() => field.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(1);
      await expect(field).toHaveValue('MAK');
      // Outside the field the same key does move on, one step only.
      await page.locator('h1').click();
      await page.keyboard.press('ArrowRight');
      await expect(page).toHaveURL(new RegExp(`/${locale}/story/${steps[2]!.slug}/$`));
    });


    test('the sources are folded as "Sources (n)", open from a citation, and print open', async ({ page }) => {
      const step = steps[2]!;
      await page.goto(`./${locale}/story/${step.slug}/`);
      const refs = page.getByTestId('references');
      await expect(refs.locator('summary')).toHaveText(words.sources(stepFile(locale, step.slug).sourceCount));
      const firstRef = refs.locator('li[id^="ref-"]').first();
      await expect(firstRef).toBeHidden();
      await page.emulateMedia({ media: 'print' });
      await expect(firstRef).toBeVisible();
      await expect(refs.locator('li[id^="ref-"]')).toHaveCount(stepFile(locale, step.slug).sourceCount);
      await page.emulateMedia({ media: 'screen' });
      await expect(firstRef).toBeHidden();
      // Following a [1] citation opens the list at that source.
      const cite = page.locator('a[data-cite]').first();
      const id = await cite.getAttribute('data-cite');
      await cite.click();
      await expect(page.locator(`#ref-${id}`)).toBeVisible();
      await expect(refs.locator('details')).toHaveJSProperty('open', true);
    });

    test('a choice is made once: "You chose …", what the 2013 buyer did, and choose again', async ({ page }) => {
      for (const step of [steps[0]!, steps[4]!, steps[9]!]) {
        const options = step.choice!.options;
        const { buyer } = stepFile(locale, step.slug);
        await page.goto(`./${locale}/story/${step.slug}/`);
        const result = page.getByTestId('choice-result');
        await expect(result).toHaveCount(0);
        await page.locator('summary', { hasText: options[1]!.label }).click();
        await expect(result).toBeVisible();
        await expect(result).toContainText(`${words.youChose} ${options[1]!.label}`);
        await expect(result).toContainText(options[1]!.consequence);
        await expect(result).toContainText(words.buyer);
        await expect(result).toContainText(buyer);
        // Where the other answers lead is shown too; the options themselves are gone.
        await expect(result).toContainText(options[0]!.consequence);
        await expect(page.locator('summary', { hasText: options[0]!.label })).toBeHidden();
        await expect(result.locator('[tabindex="-1"]')).toBeFocused();
        expect((await storedChoices(page))?.[step.slug]).toBe(1);

        // It is remembered on return.
        await page.reload();
        await expect(result).toContainText(`${words.youChose} ${options[1]!.label}`);

        // Choose again: the options come back closed, the stored choice is forgotten.
        await result.getByRole('button', { name: words.again }).click();
        await expect(result).toHaveCount(0);
        await expect(page.locator('summary', { hasText: options[0]!.label })).toBeFocused();
        for (const o of options) await expect(page.getByText(o.consequence, { exact: true })).toBeHidden();
        expect((await storedChoices(page))?.[step.slug]).toBeUndefined();
        const last = options.length - 1;
        await page.locator('summary', { hasText: options[last]!.label }).click();
        await expect(result).toContainText(`${words.youChose} ${options[last]!.label}`);
        expect((await storedChoices(page))?.[step.slug]).toBe(last);
      }
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

    test('the activation dialogs look like Windows 7 and read as text, with the code linked to its page', async ({ page }) => {
      await page.goto(`./${locale}/story/third-key/`);
      const ok = page.locator('[data-testid="windows-dialog"][data-code="success"]');
      await expect(ok).toContainText(words.success);
      await expect(ok.locator('[data-dialog-icon="success"]')).toHaveCount(1);
      for (const [slug, code] of [
        ['first-key', '0xC004C003'],
        ['second-key', '0xC004C020'],
      ] as const) {
        await page.goto(`./${locale}/story/${slug}/`);
        const dialog = page.locator(`[data-testid="windows-dialog"][data-code="${code}"]`);
        await expect(dialog.locator('[data-dialog-titlebar]')).toHaveText(words.dialogTitle);
        await expect(dialog.locator('[data-dialog-icon="error"]')).toHaveCount(1);
        await expect(dialog.locator('dt')).toHaveText([words.code, words.description]);
        await expect(dialog.locator('[data-dialog-code]')).toHaveText(code);
        await expect(dialog.locator('dd').nth(1)).toContainText(words.serverWords);
        await expect(dialog.locator('figcaption')).toContainText(words.simulation);
        // A picture of buttons, not buttons: nothing in it can be focused.
        await expect(dialog.getByRole('button')).toHaveCount(0);
        await expect(dialog.locator('[data-dialog-buttons]')).toBeVisible();
        const link = dialog.getByRole('link', { name: words.errorLink(code) });
        await link.click();
        await expect(page).toHaveURL(new RegExp(`/${locale}/errors/${code.toLowerCase()}/$`));
        await expect(page.locator('h1')).toContainText(code);
      }
    });

    test('reading a step shows on the overview, with a reset', async ({ page }) => {
      await page.goto(`./${locale}/story/${steps[0]!.slug}/`);
      await expect(page.getByTestId('step-nav').locator(`[data-read="${steps[0]!.slug}"]`)).toBeVisible();
      await page.goto(`./${locale}/story/`);
      await expect(page.getByTestId(`read-${steps[0]!.slug}`)).toBeVisible();
      await expect(page.getByTestId('progress-text')).toContainText('1');
      await page.getByRole('button', { name: locale === 'ja' ? '読んだ記録を消す' : 'Clear what I have read' }).click();
      await expect(page.getByTestId(`read-${steps[0]!.slug}`)).toHaveCount(0);
    });

    test('garbage in stored progress is ignored: the overview and a step still render', async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`./${locale}/story/`);
      for (const garbage of ['{not json', '[1,2,3]', '{"read":"x","choices":null}', '{"read":[{"a":1}],"choices":{"the-offer":"<img src=x>"}}', 'null', '{"read":[],"choices":{"the-offer":7}}']) {
        // Stored from whichever page of the site is open; the overview is then loaded afresh.
        await page.evaluate((g) => localStorage.setItem('story-progress-v1', g), garbage);
        await page.goto(`./${locale}/story/`);
        await expect.soft(page.locator('h1'), garbage).toBeVisible();
        await expect.soft(page.getByTestId('step-list').locator(':scope > li'), garbage).toHaveCount(steps.length);
        // The step page reads the same garbage (the overview does not rewrite what it cannot read).
        expect.soft(await page.evaluate(() => localStorage.getItem('story-progress-v1')), garbage).toBe(garbage);
        await page.goto(`./${locale}/story/the-offer/`);
        await expect.soft(page.locator('summary', { hasText: steps[0]!.choice!.options[0]!.label }), garbage).toBeVisible();
        await expect.soft(page.getByTestId('choice-result'), garbage).toHaveCount(0);
      }
      expect(errors).toEqual([]);
    });
  });

  test.describe(`story on a phone (${locale})`, () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    test('a slim strip says "Step n of 11" and opens the full list', async ({ page }) => {
      const step = steps[3]!;
      await page.goto(`./${locale}/story/${step.slug}/`);
      const strip = page.getByTestId('step-strip');
      await expect(strip).toBeVisible();
      await expect(strip).toContainText(words.stepOf(4));
      const box = (await strip.boundingBox())!;
      expect(box.height).toBeLessThan(80);
      const nav = page.getByTestId('step-nav');
      await expect(nav).toBeHidden();
      await strip.click();
      await expect(nav).toBeVisible();
      await expect(nav.locator('ol > li a')).toHaveCount(11);
      await expect(nav.locator('[aria-current="step"]')).toHaveText(step.short);
      await nav.getByRole('link', { name: steps[5]!.short }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/story/${steps[5]!.slug}/$`));
    });

    test('the dialog and the step nav fit a 320 px screen', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`./${locale}/story/second-key/`);
      await page.getByTestId('step-strip').click();
      for (const el of [page.getByTestId('windows-dialog'), page.getByTestId('step-nav'), page.getByTestId('choice')]) {
        const box = (await el.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(320);
      }
    });
  });

  test.describe(`story without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test('every step, choice, consequence and the 2013 buyer are readable', async ({ page }) => {
      for (const step of steps) {
        await page.goto(`./${locale}/story/${step.slug}/`);
        await expect(page.locator('h1')).toHaveText(step.title);
        for (const option of step.choice?.options ?? []) {
          await page.locator('summary', { hasText: option.label }).click();
          await expect(page.getByText(option.consequence, { exact: true })).toBeVisible();
        }
        const buyer = page.getByTestId('choice-buyer');
        await buyer.locator('summary').click();
        await expect(buyer).toContainText(stepFile(locale, step.slug).buyer);
        await expect(page.getByTestId('step-nav').locator('[aria-current="step"]')).toHaveText(step.short);
      }
    });
  });
}
