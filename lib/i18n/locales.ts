/** The site's languages. Japanese is the default; slugs are English and shared by both. */
export const locales = ['ja', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'ja' ? 'en' : 'ja';
}

/** Open Graph locale names. */
export const ogLocale: Record<Locale, string> = { ja: 'ja_JP', en: 'en_US' };

/** Native names, shown in the language switch. */
export const localeName: Record<Locale, string> = { ja: '日本語', en: 'English' };

/**
 * The site-relative path of a page in a locale: `localePath('ja', 'story/the-offer')` is
 * `/ja/story/the-offer/`. Every URL on the site ends with `/`.
 */
export function localePath(locale: Locale, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `/${locale}/${clean}/` : `/${locale}/`;
}

/** Swap the locale prefix of a site-relative path, keeping the rest (`/ja/x/` → `/en/x/`). */
export function switchLocalePath(pathname: string, to: Locale): string {
  const parts = pathname.split('/');
  if (isLocale(parts[1])) {
    parts[1] = to;
    const joined = parts.join('/');
    return joined.endsWith('/') ? joined : `${joined}/`;
  }
  return localePath(to);
}
