import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { usesIsland } from './islands';

describe('usesIsland', () => {
  it('finds the simulator embed, alone or with attributes', () => {
    expect(usesIsland('Text.\n\n<SimulatorEmbed />\n\nMore.')).toBe(true);
    expect(usesIsland('<SimulatorEmbed/>')).toBe(true);
    expect(usesIsland('<SimulatorEmbed\n  case="asker"\n/>')).toBe(true);
  });

  it('ignores prose, other components and longer names', () => {
    expect(usesIsland('The simulator embed is on step 7.')).toBe(false);
    expect(usesIsland('<Callout>Hi</Callout> <Term id="mak">MAK</Term>')).toBe(false);
    expect(usesIsland('<SimulatorEmbedded />')).toBe(false);
  });

  it('matches the story step that plays the simulator, in both languages', () => {
    for (const locale of ['ja', 'en']) {
      expect(usesIsland(readFileSync(`content/${locale}/story/seats-vs-count.mdx`, 'utf8'))).toBe(true);
      expect(usesIsland(readFileSync(`content/${locale}/story/first-key.mdx`, 'utf8'))).toBe(false);
    }
  });
});
