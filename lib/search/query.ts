/** Cleans a search query from the URL: any string in, a bounded plain string out. */
export const maxQueryLength = 100;

export function cleanQuery(raw: string | null | undefined): { query: string; truncated: boolean } {
  const text = String(raw ?? '')
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = [...text];
  return { query: chars.slice(0, maxQueryLength).join(''), truncated: chars.length > maxQueryLength };
}
