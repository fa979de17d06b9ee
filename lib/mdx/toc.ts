import GithubSlugger from 'github-slugger';

export interface TocItem {
  id: string;
  title: string;
}

/**
 * The h2 sections of an MDX body, with the ids rehype-slug gives them (github-slugger over the
 * heading's text), for the "On this page" list. Fenced code is skipped; inline markup is dropped.
 */
export function tableOfContents(body: string): TocItem[] {
  const slugger = new GithubSlugger();
  const items: TocItem[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const title = m[2]!
      .replace(/<[^>]*>/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/\\([{}<>])/g, '$1')
      .trim();
    const id = slugger.slug(title);
    if (m[1]!.length === 2) items.push({ id, title });
  }
  return items;
}
