import { readFileSync, existsSync } from 'node:fs';
import { expect, type Page, type ConsoleMessage, type Request } from '@playwright/test';
import { normaliseBasePath } from '../scripts/lib/base-path.mjs';

/** Site-relative paths (no base path) of every page, read from the built sitemap. */
export function sitemapPaths(): string[] {
  const file = 'out/sitemap.xml';
  if (!existsSync(file)) throw new Error('out/sitemap.xml is missing: run `npm run build` first');
  const xml = readFileSync(file, 'utf8');
  const basePath = normaliseBasePath();
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return [...new Set(paths.map((p) => (basePath && p.startsWith(basePath) ? p.slice(basePath.length) || '/' : p)))];
}

/**
 * Waits until the page is idle: two animation frames (layout is done) and then an idle period
 * of the main thread (hydration and effects have run). A state, not a fixed sleep: it returns
 * as soon as the browser is idle, and after 3 s of a busy main thread at most.
 */
export async function idle(page: Page): Promise<void> {
  await acrossNavigation(page, () =>
    page.evaluate(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(() => resolve(), { timeout: 3000 }))),
        ),
    ),
  );
}

/**
 * Runs a wait in the page; when the page sends itself on meanwhile (the language picker, the
 * error lookup opening the page of a code found in ?code=), waits for the new document to load
 * and runs the wait again there (three tries at most).
 */
export async function acrossNavigation(page: Page, wait: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await wait();
      return;
    } catch (error) {
      if (attempt === 3 || !String(error).includes('Execution context was destroyed')) throw error;
      await page.waitForLoadState('load');
    }
  }
}

/** Fails (softly, so the test's other checks still run) when the page scrolls sideways at this width. */
export async function expectNoSidewaysScroll(page: Page, width: number, label: string): Promise<void> {
  await page.setViewportSize({ width, height: 844 });
  // Reading scrollWidth lays the page out at the new width first (no frame to wait for, which
  // also works with JavaScript off, where the page's own scripts and animation frames do not run).
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= window.innerWidth) return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, widest: '' };
    // The element reaching furthest right, to name the culprit when the page is too wide.
    let widest = '';
    let right = root.clientWidth;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5 && r.width > 0) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).slice(0, 3).join('.')}` : ''} (right edge ${Math.round(r.right)} px)`;
      }
    }
    return { scrollWidth: root.scrollWidth, innerWidth: window.innerWidth, widest };
  });
  expect.soft(scrollWidth, `${label}: scrolls sideways at ${width} px (scrollWidth ${scrollWidth} > innerWidth ${innerWidth}) ${widest}`).toBeLessThanOrEqual(innerWidth);
}

export function localeOf(path: string): 'ja' | 'en' | null {
  const m = path.match(/^\/(ja|en)\//);
  return m ? (m[1] as 'ja' | 'en') : null;
}

/** Collects console errors, page errors and failed or foreign requests while a page is used. */
export function watchPage(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (req: Request) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`request to another origin: ${url}`);
  });
  page.on('requestfailed', (req: Request) => {
    const failure = req.failure()?.errorText ?? '';
    // Next's router aborts prefetches it no longer needs; that is by design, not a broken link.
    if (failure.includes('ERR_ABORTED')) return;
    problems.push(`request failed: ${req.url()} (${failure})`);
  });
  page.on('response', (res) => {
    if (res.status() >= 400 && res.url().startsWith(origin)) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  return problems;
}

import matter from 'gray-matter';
import { readdirSync } from 'node:fs';

export interface StepInfo {
  slug: string;
  step: number;
  title: string;
  short: string;
  notes: string;
  choice?: { question: string; options: { label: string; consequence: string }[] };
}

/** The story steps of a locale, read from the content files (so tests follow the content). */
export function storySteps(locale: 'ja' | 'en'): StepInfo[] {
  const dir = `content/${locale}/story`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const fm = matter(readFileSync(`${dir}/${f}`, 'utf8')).data as Omit<StepInfo, 'slug'>;
      return { ...fm, slug: f.slice(0, -4) };
    })
    .sort((a, b) => a.step - b.step);
}

export function lessonQuestions(locale: 'ja' | 'en') {
  const dir = `content/${locale}/learn`;
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => matter(readFileSync(`${dir}/${f}`, 'utf8')).data as { order: number; selfCheck: { id: string; options: string[]; answer: number }[] })
    .sort((a, b) => a.order - b.order)
    .flatMap((l) => l.selfCheck);
}

export const locales = ['ja', 'en'] as const;
