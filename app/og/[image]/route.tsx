import { ogImage } from '@/components/og/OgCard';
import { message, pageInfo } from '@/lib/content/page-info';
import { sitePaths } from '@/lib/content/routes';
import { locales } from '@/lib/i18n/locales';
import { ogImageName, parseOgImageName, pickerOgImageName } from '@/lib/og';

// One 1200×630 PNG per page and language, drawn at build time with Noto Sans JP from an npm
// package (components/og). Served as /og/<locale>__<path>.png.
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  const pages = locales.flatMap((locale) => sitePaths().map((path) => ({ image: ogImageName(locale, path) })));
  return [{ image: pickerOgImageName }, ...pages];
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const name = (await params).image;
  if (name === pickerOgImageName) {
    return ogImage({
      title: `${message('ja', 'common', 'siteName')} / ${message('en', 'common', 'siteName')}`,
      siteName: message('ja', 'common', 'siteName'),
      tagline: message('en', 'common', 'siteTagline'),
    });
  }
  const parsed = parseOgImageName(name);
  if (!parsed) return new Response('Not found', { status: 404 });
  const { locale, path } = parsed;
  return ogImage({
    title: pageInfo(locale, path).title,
    siteName: message(locale, 'common', 'siteName'),
    tagline: message(locale, 'common', 'siteTagline'),
  });
}
