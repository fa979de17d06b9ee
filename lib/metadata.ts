import type { Metadata } from 'next';
import { pageInfo } from './content/page-info';
import { message } from './content/page-info';
import { localePath, locales, ogLocale, otherLocale, type Locale } from './i18n/locales';
import { ogImagePath } from './og';
import { absoluteUrl, siteUrl } from './site';
import { loadDefaultJapaneseParser } from 'budoux';

/**
 * Everything a page tells search engines and link previews: title, description, canonical URL,
 * hreflang alternates, Open Graph (with the page's own image) and a Twitter card.
 */
export function pageMetadata(locale: Locale, path: string, { index = true }: { index?: boolean } = {}): Metadata {
  const { title, description } = pageInfo(locale, path);
  const siteName = message(locale, 'common', 'siteName');
  const url = absoluteUrl(localePath(locale, path));
  const languages = Object.fromEntries(locales.map((l) => [l, absoluteUrl(localePath(l, path))]));
  const image = { url: absoluteUrl(ogImagePath(locale, path)), width: 1200, height: 630, alt: title, type: 'image/png' };
  return {
    metadataBase: new URL(siteUrl),
    title: documentTitle(title, path ? siteName : null),
    description,
    alternates: { canonical: url, languages: { ...languages, 'x-default': absoluteUrl(localePath('ja', path)) } },
    openGraph: {
      type: path.startsWith('learn/') ? 'article' : 'website',
      url,
      title,
      description,
      siteName,
      locale: ogLocale[locale],
      alternateLocale: [ogLocale[otherLocale(locale)]],
      images: [image],
    },
    // X reads og:title and og:description when twitter:title and twitter:description are absent
    // (https://developer.x.com/cards/markup), so only the card type and image are repeated.
    twitter: { card: 'summary_large_image', images: [image.url] },
    robots: index ? undefined : { index: false, follow: true },
  };
}

const phraseParser = loadDefaultJapaneseParser();

/** Places where a title may be cut: after a space (Latin text) or between BudouX phrases (Japanese). */
function cutPoints(title: string): number[] {
  const points = new Set<number>();
  const chars = [...title];
  chars.forEach((c, i) => {
    if (c === ' ' && i > 0) points.add(i);
  });
  let at = 0;
  for (const phrase of phraseParser.parse(title)) {
    at += [...phrase].length;
    // Only between two Japanese characters: never inside a Latin word or a number.
    const before = chars[at - 1] ?? '';
    const after = chars[at] ?? '';
    if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC、。）」]/u.test(before) && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC（「]/u.test(after)) points.add(at);
  }
  return [...points].sort((a, b) => a - b);
}

/**
 * The <title>: "Page | Site" in at most about 60 characters (60 leaves room for the entities an
 * apostrophe or quote becomes in HTML; html-validate counts them). A longer page title is
 * shortened at a word or phrase boundary (never inside a word), ending in "…", and the site name
 * is kept. A title ending in a dash or colon part ("A — B") loses that part first.
 */
export function documentTitle(title: string, siteName: string | null, max = 60): string {
  const suffix = siteName ? ` | ${siteName}` : '';
  const length = (s: string) => [...s].length;
  if (length(title) + length(suffix) <= max) return `${title}${suffix}`;
  const room = max - length(suffix);
  const chars = [...title];
  // Prefer dropping a subtitle after " — ", "：" or ": ".
  for (const sep of [' — ', '：', ': ']) {
    const i = title.indexOf(sep);
    if (i > 0 && length(title.slice(0, i)) <= room && length(title.slice(0, i)) >= room / 2) return `${title.slice(0, i)}${suffix}`;
  }
  const cut = cutPoints(title)
    .filter((p) => p <= room - 1)
    .at(-1);
  const head = cut ? chars.slice(0, cut).join('').replace(/[\s—:：、,|-]+$/u, '') : chars.slice(0, room - 1).join('');
  return `${head}…${suffix}`;
}
