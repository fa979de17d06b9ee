import { test as base, type Page } from '@playwright/test';
import { acrossNavigation } from './helpers';

export { expect } from '@playwright/test';

/**
 * The site's pages load Next.js's chunks only after their first paint
 * (lib/build/scripts-after-paint.mjs), so the load event can come before the islands have
 * hydrated. With JavaScript on, every `page.goto` in these tests therefore also waits until the
 * page has hydrated and is idle: the header's search box carries data-shortcut="ready" (set by
 * SlashShortcut once the hydrated page is idle). Pages without that box (the language picker,
 * which sends the visitor on, and the 404 page) are ready once loaded.
 */
export async function hydrated(page: Page): Promise<void> {
  await acrossNavigation(page, () =>
    page.waitForFunction(
      () => {
        const box = document.getElementById('site-search');
        return !box || box.getAttribute('data-shortcut') === 'ready';
      },
      undefined,
      { timeout: 15_000 },
    ),
  );
}

/** Makes `page.goto` wait for hydration as well (see above). */
function waitForHydrationOnGoto(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await hydrated(page);
    return response;
  };
}

export const test = base.extend({
  // Every page of the test's browser context: the test's own and any it opens (context.newPage()).
  context: async ({ context, javaScriptEnabled }, provide) => {
    // The context has no page yet: the test's own page and any it opens come through this event.
    if (javaScriptEnabled) context.on('page', waitForHydrationOnGoto);
    await provide(context);
  },
});
