/**
 * Tidies what Pagefind returns for display. Pagefind joins the blocks of a page with ". ", which
 * reads wrongly in Japanese ("認証回数. マルチ"), and starts excerpts mid-sentence. Input is
 * Pagefind's excerpt HTML (its text is already escaped; only <mark> tags are present).
 */
const JA_END = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC）」』】〕？！])(<\/mark>)?\. /gu;

export function tidyExcerpt(html: string, locale: string): string {
  let out = html.replace(/\s*#(?=\s|\.|$)/g, '').trim();
  if (locale === 'ja') out = out.replace(JA_END, (_, ch: string, mark = '') => `${ch}${mark}${/[？！]/.test(ch) ? '' : '。'}`);
  // Pagefind's window starts mid-sentence almost always: say so with an ellipsis.
  if (out && !/^[A-Z「（]/.test(out)) out = `…${out}`;
  if (out && !/[.。!?！？…]$/.test(out)) out = `${out}…`;
  return out;
}

/** A sub-result's title: the heading's text, without the "#" of its anchor link. */
export function tidyHeading(title: string): string {
  return title.replace(/\s*#\s*$/, '').trim();
}
