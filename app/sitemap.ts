import type { MetadataRoute } from 'next';
import { sitePaths } from '@/lib/content/routes';
import { localePath, locales } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page in both languages, from the real page list; the e2e crawl reads this file. */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = sitePaths();
  return [
    { url: absoluteUrl('/') },
    ...paths.flatMap((path) =>
      locales.map((locale) => ({
        url: absoluteUrl(localePath(locale, path)),
        alternates: { languages: Object.fromEntries(locales.map((l) => [l, absoluteUrl(localePath(l, path))])) },
      })),
    ),
  ];
}
