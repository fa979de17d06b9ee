// After `next build`: draws every page's link-preview PNG (1200×630) into out/og/, named as
// lib/og.ts's ogImagePath() says, so each page's og:image points at a file in the export.
//
// This was a route handler (app/og/[image]/route.tsx with next/og). Measured: a next/og route
// makes Turbopack put async-module support into the browser runtime that every page loads,
// 0.44 KiB gzip of JavaScript no page uses. Drawn here, in Node, no page pays for it.
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ogFonts } from '../components/og/fonts';
import { ogImage } from '../components/og/OgCard';
import { message, pageInfo } from '../lib/content/page-info';
import { sitePaths } from '../lib/content/routes';
import { locales } from '../lib/i18n/locales';
import { ogImageName, pickerOgImageName } from '../lib/og';

const dir = join('out', 'og');
mkdirSync(dir, { recursive: true });

const cards = [
  {
    name: pickerOgImageName,
    text: {
      title: `${message('ja', 'common', 'siteName')} / ${message('en', 'common', 'siteName')}`,
      siteName: message('ja', 'common', 'siteName'),
      tagline: message('en', 'common', 'siteTagline'),
    },
  },
  ...locales.flatMap((locale) =>
    sitePaths().map((path) => ({
      name: ogImageName(locale, path),
      text: { title: pageInfo(locale, path).title, siteName: message(locale, 'common', 'siteName'), tagline: message(locale, 'common', 'siteTagline') },
    })),
  ),
];

// OG_IMAGES_FROM: a folder of images drawn by an earlier build of the same content (npm test's
// second build, under a sub-path: the images do not depend on the base path). Used only when it
// holds every image this build needs; otherwise they are drawn.
const from = process.env.OG_IMAGES_FROM;
if (from && cards.every((card) => existsSync(join(from, card.name)))) {
  for (const card of cards) copyFileSync(join(from, card.name), join(dir, card.name));
  console.log(`og-images: ${cards.length} link-preview images copied from ${from}/`);
} else {
  const fonts = await ogFonts();
  for (const card of cards) {
    const png = await ogImage(card.text, fonts);
    writeFileSync(join(dir, card.name), Buffer.from(await png.arrayBuffer()));
  }
  console.log(`og-images: ${cards.length} link-preview images written to ${dir}/`);
}
