import { describe, expect, it } from 'vitest';
import { breadcrumbTrail, jsonLdText } from './breadcrumbs';

const pages = new Set(['', 'story', 'story/first-key', 'tools/slmgr', 'classroom', 'classroom/handout']);
const name = (p: string) => `name:${p || 'home'}`;

describe('breadcrumbTrail', () => {
  it('goes from home through each real ancestor to the page', () => {
    expect(breadcrumbTrail('story/first-key', (p) => pages.has(p), name).map((c) => c.path)).toEqual(['', 'story', 'story/first-key']);
    expect(breadcrumbTrail('/classroom/handout/', (p) => pages.has(p), name).map((c) => c.path)).toEqual(['', 'classroom', 'classroom/handout']);
  });
  it('skips ancestors that are not pages', () => {
    expect(breadcrumbTrail('tools/slmgr', (p) => pages.has(p), name).map((c) => c.path)).toEqual(['', 'tools/slmgr']);
  });
  it('names each crumb', () => {
    expect(breadcrumbTrail('story', (p) => pages.has(p), name)).toEqual([
      { path: '', name: 'name:home' },
      { path: 'story', name: 'name:story' },
    ]);
  });
});

describe('jsonLdText', () => {
  it('escapes < so a name cannot end the script element', () => {
    expect(jsonLdText({ name: '</script><b>' })).not.toContain('<');
    expect(JSON.parse(jsonLdText({ name: '</script><b>' }))).toEqual({ name: '</script><b>' });
  });
});
