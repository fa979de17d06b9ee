/** A URL as students type it: without the scheme. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
