import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ImageResponse } from 'next/og';
import { message, pageInfo } from '@/lib/content/page-info';
import { sitePaths } from '@/lib/content/routes';
import { locales } from '@/lib/i18n/locales';
import { ogImageName, parseOgImageName } from '@/lib/og';

// One 1200×630 PNG per page and language, drawn at build time. Japanese glyphs come from the
// Noto Sans JP font in the @fontsource npm package (WOFF: satori does not read WOFF2).
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.flatMap((locale) => sitePaths().map((path) => ({ image: ogImageName(locale, path) })));
}

const fontDir = join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-jp', 'files');
let fonts: Promise<{ name: string; data: Buffer; weight: 700; style: 'normal' }[]> | null = null;
function loadFonts() {
  fonts ??= Promise.all([
    readFile(join(fontDir, 'noto-sans-jp-latin-700-normal.woff')),
    readFile(join(fontDir, 'noto-sans-jp-japanese-700-normal.woff')),
  ]).then(([latin, japanese]) => [
    // Each font needs its own name, or satori uses only the first and kanji turn to boxes.
    { name: 'Noto Sans JP', data: latin, weight: 700 as const, style: 'normal' as const },
    { name: 'Noto Sans JP Japanese', data: japanese, weight: 700 as const, style: 'normal' as const },
  ]);
  return fonts;
}

export async function GET(_request: Request, { params }: { params: Promise<{ image: string }> }) {
  const parsed = parseOgImageName((await params).image);
  if (!parsed) return new Response('Not found', { status: 404 });
  const { locale, path } = parsed;
  const { title } = pageInfo(locale, path);
  const siteName = message(locale, 'common', 'siteName');
  const tagline = message(locale, 'common', 'siteTagline');
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          background: '#0b2a4a',
          color: '#ffffff',
          fontFamily: 'Noto Sans JP, Noto Sans JP Japanese',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 34, color: '#bcd7f5' }}>
          <div style={{ width: 56, height: 56, borderRadius: 12, background: '#3b8de0', display: 'flex' }} />
          {siteName}
        </div>
        <div style={{ display: 'flex', fontSize: title.length > 40 ? 54 : 66, lineHeight: 1.3, fontWeight: 700 }}>{title}</div>
        <div style={{ display: 'flex', fontSize: 28, color: '#bcd7f5' }}>{tagline}</div>
      </div>
    ),
    { width: 1200, height: 630, fonts: await loadFonts() },
  );
}
