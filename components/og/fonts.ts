import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export type OgFont = { name: string; data: Buffer; weight: 700; style: 'normal' };

const fontDir = join(process.cwd(), 'node_modules', '@fontsource', 'noto-sans-jp', 'files');

/** One subset of Noto Sans JP (bold, WOFF: satori does not read WOFF2) from the @fontsource npm package. */
export async function ogFont(subset: 'latin' | 'japanese' | 'cyrillic', name: string): Promise<OgFont> {
  return { name, data: await readFile(join(fontDir, `noto-sans-jp-${subset}-700-normal.woff`)), weight: 700, style: 'normal' };
}

let fonts: Promise<OgFont[]> | null = null;

/**
 * The fonts for every Open Graph image. Each subset needs its own family name, or satori uses
 * only the first and kanji turn to boxes; `ogFontFamily` lists both.
 */
export function ogFonts(): Promise<OgFont[]> {
  fonts ??= Promise.all([ogFont('latin', 'Noto Sans JP'), ogFont('japanese', 'Noto Sans JP Japanese')]);
  return fonts;
}

export const ogFontFamily = 'Noto Sans JP, Noto Sans JP Japanese';
