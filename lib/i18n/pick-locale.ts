import { defaultLocale, isLocale, type Locale } from './locales';

/** The visitor's preferred site language from the browser's list (`navigator.languages`), else Japanese. */
export function pickLocale(preferred: readonly string[] | undefined): Locale {
  for (const tag of preferred ?? []) {
    const base = String(tag).toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return defaultLocale;
}

/** The same rule as an inline script for the root page (runs before paint, no bundle needed). */
export function pickLocaleScript(basePath: string): string {
  return `(function(){var l=navigator.languages||[navigator.language||''];for(var i=0;i<l.length;i++){var b=String(l[i]).toLowerCase().split('-')[0];if(b==='ja'||b==='en'){location.replace('${basePath}/'+b+'/');return}}location.replace('${basePath}/${defaultLocale}/')})()`;
}
