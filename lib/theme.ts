/** Theme preference: stored in localStorage under this key, one of these values. */
export const themeStorageKey = 'theme';
export const themeChoices = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

export function parseThemeChoice(value: unknown): ThemeChoice {
  return themeChoices.includes(value as ThemeChoice) ? (value as ThemeChoice) : 'system';
}

/**
 * Runs in <head> before first paint, so the page never flashes the wrong theme. A broken or
 * blocked localStorage falls back to the device setting.
 */
export const themeScript = `(function(){var t;try{t=localStorage.getItem('${themeStorageKey}')}catch(e){}var d=t==='dark'||(t!=='light'&&window.matchMedia&&matchMedia('(prefers-color-scheme: dark)').matches);var r=document.documentElement;r.setAttribute('data-theme',d?'dark':'light');r.classList.add('js');r.style.colorScheme=d?'dark':'light'})()`;
