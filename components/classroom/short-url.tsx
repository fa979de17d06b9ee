/** A URL as students type it: without the scheme. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** A short URL that may wrap only after a slash, never inside a word. */
export function ShortUrl({ url }: { url: string }) {
  const parts = shortUrl(url).split(/(?<=\/)/);
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 ? <wbr /> : null}
        </span>
      ))}
    </>
  );
}
