/**
 * Which simulated screen a story step shows, read from the step's own MDX so a slide draws the
 * same screen with the same words as the story page (never a second copy of its props).
 * Only the three story screens are recognised, with plain string props ("…"), numbers ({12})
 * and boolean flags; anything else is ignored, so the slide simply has no picture.
 */
export type ScreenName = 'AuctionListing' | 'KeyEmail' | 'ActivationDialog';

export interface Screen {
  name: ScreenName;
  props: Record<string, string | number | boolean>;
}

const names: readonly ScreenName[] = ['AuctionListing', 'KeyEmail', 'ActivationDialog'];

export function parseProps(text: string): Record<string, string | number | boolean> | null {
  const props: Record<string, string | number | boolean> = {};
  const attr = /\s*([A-Za-z][A-Za-z0-9]*)(?:=(?:"([^"]*)"|\{(-?\d+(?:\.\d+)?)\}))?/y;
  let i = 0;
  while (i < text.length) {
    if (/^\s*$/.test(text.slice(i))) break;
    attr.lastIndex = i;
    const m = attr.exec(text);
    if (!m || m[0].length === 0) return null;
    const [, key, str, num] = m;
    props[key!] = str !== undefined ? str : num !== undefined ? Number(num) : true;
    i = attr.lastIndex;
  }
  return props;
}

/** The first story screen in an MDX body, or null. */
export function firstScreen(body: string): Screen | null {
  for (const m of body.matchAll(/<([A-Z][A-Za-z]*)\b([^<>]*?)\/>/g)) {
    const name = m[1] as ScreenName;
    if (!names.includes(name)) continue;
    const props = parseProps(m[2] ?? '');
    if (props) return { name, props };
  }
  return null;
}
