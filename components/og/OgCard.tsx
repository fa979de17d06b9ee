import { ImageResponse } from 'next/og';
import { ogFontFamily, ogFonts, type OgFont } from './fonts';

export const ogSize = { width: 1200, height: 630 } as const;

/** The link-preview card: site name, the page's title, the tagline. Drawn by satori (inline styles only). */
export function OgCard({ title, siteName, tagline }: { title: string; siteName: string; tagline: string }) {
  return (
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
        fontFamily: ogFontFamily,
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 34, color: '#bcd7f5' }}>
        <div style={{ width: 56, height: 56, borderRadius: 12, background: '#3b8de0', display: 'flex' }} />
        {siteName}
      </div>
      <div style={{ display: 'flex', fontSize: title.length > 40 ? 54 : 66, lineHeight: 1.3, fontWeight: 700 }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 28, color: '#bcd7f5' }}>{tagline}</div>
    </div>
  );
}

/** A 1200×630 PNG of the card. `fonts` is for tests (a control render with a font that lacks the glyphs). */
export async function ogImage(text: { title: string; siteName: string; tagline: string }, fonts?: OgFont[]): Promise<ImageResponse> {
  return new ImageResponse(<OgCard {...text} />, { ...ogSize, fonts: fonts ?? (await ogFonts()) });
}
