/** Theme preference: stored in localStorage under this key, one of these values. */
export const themeStorageKey = 'theme';
export const themeChoices = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export function parseThemeChoice(value: unknown): ThemeChoice {
  return themeChoices.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
}

/**
 * Runs in <head> before first paint, so the page never flashes the wrong theme. A broken or
 * blocked localStorage falls back to the device setting. CSS turns data-theme into
 * color-scheme (app/globals.css); without JavaScript there is no data-theme and the device's
 * prefers-color-scheme decides.
 */
export const themeScript = `(function(){var t;try{t=localStorage.getItem('${themeStorageKey}')}catch(e){}var d=t==='dark'||(t!=='light'&&window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches);var r=document.documentElement;r.setAttribute('data-theme',d?'dark':'light');r.classList.add('js')})()`;

/** A colour token: its value in the light theme and in the dark theme (#rrggbb). */
export interface ColourToken {
  light: string;
  dark: string;
}

/**
 * The colour tokens of a stylesheet: every `--color-NAME: light-dark(#light, #dark);` line.
 * Used by the contrast test on app/globals.css.
 */
export function readColourTokens(css: string): Record<string, ColourToken> {
  const tokens: Record<string, ColourToken> = {};
  for (const m of css.matchAll(/--color-([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{3,6})\s*,\s*(#[0-9a-fA-F]{3,6})\s*\)/g)) {
    tokens[m[1]!] = { light: m[2]!.toLowerCase(), dark: m[3]!.toLowerCase() };
  }
  return tokens;
}

function channels(hex: string): [number, number, number] {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  if (!/^[0-9a-fA-F]{6}$/.test(h)) throw new Error(`not a colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16) / 255) as [number, number, number];
}

/** WCAG 2.x relative luminance of an sRGB colour. */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
