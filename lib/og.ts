import type { Locale } from './i18n/locales';

/** The file name of a page's Open Graph image: `/og/ja__story__the-offer.png` (`/og/ja.png` for home). */
export function ogImageName(locale: Locale, path: string): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return `${[locale, ...(clean ? clean.split('/') : [])].join('__')}.png`;
}

/** The image for `/`, the language picker: one card in both languages. */
export const pickerOgImageName = 'site.png';

export function ogImagePath(locale: Locale, path: string): string {
  return `/og/${ogImageName(locale, path)}`;
}
