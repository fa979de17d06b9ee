import type { Metadata } from 'next';
import { localePath, locales, ogLocale, otherLocale, type Locale } from './i18n/locales';
import { absoluteUrl, siteUrl } from './site';

export interface PageMeta {
  locale: Locale;
  /** Path without the locale: '' for home, 'story/the-offer' for a step. */
  path: string;
  title: string;
  description: string;
  siteName: string;
  /** Site-relative URL of the page's Open Graph image, if it has its own. */
  image?: string;
}

/** Canonical URL, hreflang alternates, Open Graph and Twitter card for one page. */
export function pageMetadata({ locale, path, title, description, siteName, image }: PageMeta): Metadata {
  const url = absoluteUrl(localePath(locale, path));
  const languages = Object.fromEntries(locales.map((l) => [l, absoluteUrl(localePath(l, path))]));
  const images = image ? [{ url: absoluteUrl(image), width: 1200, height: 630, alt: title }] : undefined;
  return {
    metadataBase: new URL(siteUrl),
    title: path ? `${title} | ${siteName}` : title,
    description,
    alternates: { canonical: url, languages: { ...languages, 'x-default': absoluteUrl(localePath('ja', path)) } },
    openGraph: {
      type: 'website',
      url,
      title,
      description,
      siteName,
      locale: ogLocale[locale],
      alternateLocale: [ogLocale[otherLocale(locale)]],
      images,
    },
    twitter: { card: 'summary_large_image', title, description, images: images?.map((i) => i.url) },
  };
}
