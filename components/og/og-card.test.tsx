import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { message, pageInfo } from '@/lib/content/page-info';
import { sitePaths } from '@/lib/content/routes';
import type { Locale } from '@/lib/i18n/locales';
import { ogFont } from './fonts';
import { ogImage, ogSize } from './OgCard';

// The title sits between the site name (top) and the tagline (bottom) of the 1200×630 card.
const titleArea = { top: 170, bottom: 470, left: 72, right: 1128 };

async function render(locale: Locale, path: string, fonts?: Awaited<ReturnType<typeof ogFont>>[]) {
  const text = { title: pageInfo(locale, path).title, siteName: message(locale, 'common', 'siteName'), tagline: message(locale, 'common', 'siteTagline') };
  const response = await ogImage(text, fonts);
  return PNG.sync.read(Buffer.from(await response.arrayBuffer()));
}

/** Pixels in the title area that differ between two renders. */
function differingTitlePixels(a: PNG, b: PNG): number {
  let n = 0;
  for (let y = titleArea.top; y < titleArea.bottom; y++) {
    for (let x = titleArea.left; x < titleArea.right; x++) {
      const i = (y * a.width + x) * 4;
      if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 48) n++;
    }
  }
  return n;
}

/** Pixels in the title area that are not the card's background. */
function inkedTitlePixels(png: PNG): number {
  let n = 0;
  for (let y = titleArea.top; y < titleArea.bottom; y++) {
    for (let x = titleArea.left; x < titleArea.right; x++) {
      const i = (y * png.width + x) * 4;
      if (png.data[i]! > 128 && png.data[i + 1]! > 128 && png.data[i + 2]! > 128) n++;
    }
  }
  return n;
}

// Satori asks for a fallback font (from Google Fonts, over the network) when a glyph is missing.
// The site's own fonts must cover every title, so that request must never be made.
// (The renderer's own WebAssembly comes from data: URLs; those pass through.)
const realFetch = globalThis.fetch;
const fetchSpy = vi.fn();
vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (url.startsWith('data:')) return realFetch(input, init);
  fetchSpy(url);
  throw new Error('no network in this test');
});
afterEach(() => fetchSpy.mockClear());

describe('Open Graph images draw real glyphs, not boxes', () => {
  const cases: [Locale, string][] = [
    ['ja', 'story/first-key'],
    ['en', 'story/first-key'],
  ];

  it.each(cases)('%s %s: 1200×630, inked title, different from a render with a font lacking the glyphs', async (locale, path) => {
    const real = await render(locale, path);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect({ width: real.width, height: real.height }).toEqual(ogSize);
    expect(inkedTitlePixels(real)).toBeGreaterThan(5000);

    // Control: the same card drawn with only the Cyrillic subset, which has neither Japanese nor
    // Latin letters. If the site's fonts drew boxes or nothing, the two would match in the title area.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const control = await render(locale, path, [await ogFont('cyrillic', 'Noto Sans JP'), await ogFont('cyrillic', 'Noto Sans JP Japanese')]);
    quiet.mockRestore();
    expect(fetchSpy).toHaveBeenCalled(); // the control really lacked glyphs
    expect(differingTitlePixels(real, control)).toBeGreaterThan(5000);
  }, 30_000);

  it('different Japanese characters draw different shapes (boxes would all look alike)', async () => {
    const one = await ogImage({ title: '認認認認', siteName: '', tagline: '' });
    const two = await ogImage({ title: '証証証証', siteName: '', tagline: '' });
    const a = PNG.sync.read(Buffer.from(await one.arrayBuffer()));
    const b = PNG.sync.read(Buffer.from(await two.arrayBuffer()));
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(inkedTitlePixels(a)).toBeGreaterThan(1000);
    expect(differingTitlePixels(a, b)).toBeGreaterThan(1000);
  }, 30_000);
});

describe('the fonts cover every title on the site', () => {
  it.each(['ja', 'en'] as const)('%s: drawing all titles at once never asks for a fallback font', async (locale) => {
    const titles = [...new Set(sitePaths().map((path) => pageInfo(locale, path).title))];
    expect(titles.length).toBeGreaterThan(50);
    await (await ogImage({ title: titles.join(' '), siteName: message(locale, 'common', 'siteName'), tagline: message(locale, 'common', 'siteTagline') })).arrayBuffer();
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 60_000);
});
