import type { Metadata } from 'next';
import { ThemeScript } from '@/components/shell/ThemeScript';
import { pickLocaleScript } from '@/lib/i18n/pick-locale';
import { ogLocale } from '@/lib/i18n/locales';
import { pickerOgImageName } from '@/lib/og';
import { absoluteUrl, basePath, siteUrl } from '@/lib/site';

const title = 'ライセンスの教室 | The License Lesson';
const description =
  'Windows のライセンス認証を、ある実話から学ぶサイト。 Learn how Windows activation and licenses really work, through one true story.';
const image = { url: absoluteUrl(`/og/${pickerOgImageName}`), width: 1200, height: 630, alt: title, type: 'image/png' };

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl),
  title,
  description,
  openGraph: { type: 'website', url: absoluteUrl('/'), title, description, siteName: title, locale: ogLocale.ja, alternateLocale: [ogLocale.en], images: [image] },
  twitter: { card: 'summary_large_image', images: [image.url] },
  alternates: {
    canonical: absoluteUrl('/'),
    languages: { ja: absoluteUrl('/ja/'), en: absoluteUrl('/en/'), 'x-default': absoluteUrl('/') },
  },
};

/** `/`: sends the visitor to their browser's language (else Japanese); without JS, links to both. */
export default function LanguagePicker() {
  return (
    <html lang="ja" suppressHydrationWarning>
      <head>
        <ThemeScript />
        <script dangerouslySetInnerHTML={{ __html: pickLocaleScript(basePath) }} />
      </head>
      <body className="bg-page text-ink">
        <main id="main" className="mx-auto max-w-xl px-4 py-16">
          <h1 className="mb-6 text-3xl font-bold">
            ライセンスの教室 <span lang="en" className="block text-xl font-normal text-muted">The License Lesson</span>
          </h1>
          <ul className="space-y-4 text-lg">
            <li>
              <a href={`${basePath}/ja/`} hrefLang="ja" className="font-semibold">
                日本語で読む
              </a>
            </li>
            <li lang="en">
              <a href={`${basePath}/en/`} hrefLang="en" className="font-semibold">
                Read in English
              </a>
            </li>
          </ul>
        </main>
      </body>
    </html>
  );
}
