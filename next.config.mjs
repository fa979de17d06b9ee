import createMDX from '@next/mdx';
import createNextIntlPlugin from 'next-intl/plugin';
import { normaliseBasePath } from './scripts/lib/base-path.mjs';
import { fileURLToPath } from 'node:url';

// BASE_PATH lets the whole site live under a sub-path (for example a GitHub Pages project site).
const basePath = normaliseBasePath();

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  basePath: basePath || undefined,
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  images: { unoptimized: true },
  // SITE_URL (the public origin) is optional: QR codes fall back to the page's own origin.
  env: { NEXT_PUBLIC_BASE_PATH: basePath, NEXT_PUBLIC_SITE_URL: process.env.SITE_URL ?? '' },
  poweredByHeader: false,
  // `npm test` sets SKIP_NEXT_TYPECHECK=1 only after its own `tsc --noEmit` gate has passed, so the
  // same check does not run twice (about a minute per build).
  typescript: { ignoreBuildErrors: process.env.SKIP_NEXT_TYPECHECK === '1' },
  reactStrictMode: true,
  // app/global-not-found.tsx: the 404 page is a document of its own, not a boundary that Next.js
  // would otherwise send inside every page's payload.
  experimental: { globalNotFound: true },
};

// Under Turbopack, MDX plugins are given by name (strings), not as functions.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    // Slugs first (from the text as written), then no-break spaces between numbers and counters.
    // The loader resolves plugin names from each MDX file's folder, so a local plugin needs its absolute path.
    rehypePlugins: ['rehype-slug', fileURLToPath(new URL('./lib/mdx/rehype-japanese-numbers.mjs', import.meta.url))],
  },
});
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default withNextIntl(withMDX(nextConfig));
