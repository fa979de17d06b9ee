import { describe, expect, it } from 'vitest';
import { tableOfContents } from './toc';

describe('tableOfContents', () => {
  it('lists h2 headings with the ids rehype-slug gives them', () => {
    const body = '# Title\n\nText\n\n## What happened\n\n### Detail\n\n## What it means: a “key” is not a license\n';
    expect(tableOfContents(body)).toEqual([
      { id: 'what-happened', title: 'What happened' },
      { id: 'what-it-means-a-key-is-not-a-license', title: 'What it means: a “key” is not a license' },
    ]);
  });
  it('keeps Japanese headings and numbers repeated titles like the slugger does', () => {
    expect(tableOfContents('## 何が起きたか\n\n## 何が起きたか\n')).toEqual([
      { id: '何が起きたか', title: '何が起きたか' },
      { id: '何が起きたか-1', title: '何が起きたか' },
    ]);
  });
  it('ignores headings inside fenced code and drops inline markup', () => {
    const body = '```\n## not a heading\n```\n\n## The **MAK** and <Term id="mak">keys</Term>\n';
    expect(tableOfContents(body)).toEqual([{ id: 'the-mak-and-keys', title: 'The MAK and keys' }]);
  });
});
