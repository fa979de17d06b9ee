/**
 * Where the site lives. SITE_URL is the public origin (used for canonical URLs, Open Graph,
 * the sitemap and QR codes); BASE_PATH is an optional sub-path such as `/license-lesson`.
 */
export const basePath: string = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

export const siteUrl: string = (process.env.SITE_URL || process.env.NEXT_PUBLIC_SITE_URL || 'https://license-lesson.example.org').replace(/\/+$/, '');

/** Absolute public URL of a site-relative path (`/ja/story/`). */
export function absoluteUrl(path: string): string {
  return `${siteUrl}${basePath}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A site-relative path with the base path in front, for plain `<a>` and asset URLs. */
export function withBasePath(path: string): string {
  return `${basePath}${path}`;
}

/** The public URL of a site-relative path for a QR code: SITE_URL when configured, else this page's origin. */
export function publicUrl(path: string, currentOrigin: string): string {
  const configured = (process.env.NEXT_PUBLIC_SITE_URL ?? '').replace(/\/+$/, '');
  return `${configured || currentOrigin}${basePath}${path}`;
}
