import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseThemeChoice, readColourTokens, relativeLuminance } from './theme';

const css = readFileSync('app/globals.css', 'utf8');
const tokens = readColourTokens(css);
const themes = ['light', 'dark'] as const;

// Text on the surfaces it is used on: 4.5:1 (WCAG 2.2 SC 1.4.3).
const textPairs: [string, string][] = [
  ['ink', 'page'],
  ['ink', 'panel'],
  ['ink', 'raised'],
  ['ink', 'code'],
  ['ink', 'note'],
  ['ink', 'warn'],
  ['ink', 'ok'],
  ['ink', 'bad'],
  ['ink', 'mark'],
  ['ink', 'accent-soft'],
  ['muted', 'page'],
  ['muted', 'panel'],
  ['muted', 'raised'],
  ['link', 'page'],
  ['link', 'panel'],
  ['link', 'raised'],
  ['link', 'note'],
  ['link', 'accent-soft'],
  ['link-visited', 'page'],
  ['accent-ink', 'accent'],
  ['accent-ink', 'accent-strong'],
  ['ok-ink', 'ok'],
  ['ok-ink', 'page'],
  ['bad-ink', 'bad'],
  ['bad-ink', 'page'],
  ['warn-line', 'warn'],
  ['note-line', 'note'],
  ['focus-ink', 'focus'],
];
// Shapes that carry meaning (borders of controls, callout bars, the focus ring): 3:1 (SC 1.4.11).
const shapePairs: [string, string][] = [
  ['line-strong', 'page'],
  ['line-strong', 'panel'],
  ['accent', 'page'],
  ['accent', 'panel'],
  ['warn-line', 'page'],
  ['note-line', 'page'],
];
const surfaces = ['page', 'panel', 'raised', 'code', 'note', 'warn', 'ok', 'bad', 'accent-soft'];

describe('colour tokens in app/globals.css', () => {
  it('reads both themes of every token the site uses', () => {
    for (const name of ['page', 'ink', 'muted', 'line', 'panel', 'link', 'accent', 'accent-ink', 'focus', 'focus-ink', 'note', 'note-line', 'warn', 'warn-line', 'ok', 'ok-ink', 'bad', 'bad-ink', 'code']) {
      expect(tokens[name], name).toBeDefined();
    }
  });

  for (const theme of themes) {
    it.each(textPairs)(`${theme}: text %s on %s is at least 4.5:1`, (fg, bg) => {
      expect(contrastRatio(tokens[fg]![theme], tokens[bg]![theme])).toBeGreaterThanOrEqual(4.5);
    });
    it.each(shapePairs)(`${theme}: %s against %s is at least 3:1`, (fg, bg) => {
      expect(contrastRatio(tokens[fg]![theme], tokens[bg]![theme])).toBeGreaterThanOrEqual(3);
    });
    it.each(surfaces)(`${theme}: the focus indicator stands out at 3:1 on %s`, (bg) => {
      // The ring is yellow outside a dark inner line: one of the two must reach 3:1 on each surface.
      const best = Math.max(contrastRatio(tokens.focus![theme], tokens[bg]![theme]), contrastRatio(tokens['focus-ink']![theme], tokens[bg]![theme]));
      expect(best).toBeGreaterThanOrEqual(3);
    });
    it(`${theme}: the ring's two colours are 3:1 apart, and links on the focus fill read at 4.5:1`, () => {
      expect(contrastRatio(tokens.focus![theme], tokens['focus-ink']![theme])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('the dark theme is dark and the light theme light', () => {
    expect(relativeLuminance(tokens.page!.light)).toBeGreaterThan(0.9);
    expect(relativeLuminance(tokens.page!.dark)).toBeLessThan(0.05);
  });
});

describe('contrast arithmetic (values from the WCAG definition)', () => {
  it('black on white is 21:1 and a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
  it('#767676 on white is the well-known 4.54:1', () => {
    expect(contrastRatio('#767676', '#fff')).toBeCloseTo(4.54, 2);
  });
  it('a low-contrast token would fail', () => {
    const weak = readColourTokens('--color-muted: light-dark(#aaaaaa, #555555);');
    expect(contrastRatio(weak.muted!.light, '#ffffff')).toBeLessThan(4.5);
  });
});

describe('parseThemeChoice', () => {
  it('keeps a known choice and falls back to system for anything else', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('"dark"')).toBe('system');
    expect(parseThemeChoice(null)).toBe('system');
  });
});
