import type { Metadata } from 'next';
import { pageInfo } from './content/page-info';
import { message } from './content/page-info';
import { localePath, locales, ogLocale, otherLocale, type Locale } from './i18n/locales';
import { ogImagePath } from './og';
import { absoluteUrl, siteUrl } from './site';

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
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
    robots: index ? undefined : { index: false, follow: true },
  };
}

/** The <title>: "Page | Site", or just the page's title where that would be too long. */
export function documentTitle(title: string, siteName: string | null): string {
  // 60 leaves room for the entities an apostrophe or quote becomes in HTML (html-validate counts them).
  const max = 60;
  const full = siteName ? `${title} | ${siteName}` : title;
  if ([...full].length <= max) return full;
  const chars = [...title];
  return chars.length <= max ? title : `${chars.slice(0, max - 1).join('')}…`;
}
