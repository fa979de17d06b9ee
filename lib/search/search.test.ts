import { describe, expect, it } from 'vitest';
import { codeIndexOf } from '@/lib/errors/code-parse';
import { codeInQuery } from './direct-answer';
import { tidyExcerpt, tidyHeading } from './excerpt';

// Two codes written out by hand (signed decimals from Microsoft's table: 0xC004C020 = -1073430496).
const index = codeIndexOf([
  { hex: '0xC004C003', aliases: [] },
  { hex: '0xC004C020', aliases: [] },
]);

describe('codeInQuery', () => {
  it.each([
    ['0xC004C020'],
    ['C004C020'],
    ['c004c020'],
    ['０ｘＣ００４Ｃ０２０'],
    ['-1073430496'],
    ['3221536800'],
    ['エラー 0xC004C020 が出ました'],
    ['error 0xc004c020 when activating'],
  ])('finds 0xC004C020 in %s', (q) => {
    expect(codeInQuery(index, q)).toEqual({ hex: '0xC004C020', slug: '0xc004c020' });
  });
  it.each([['MAK'], ['認証'], [''], ['0xC004F050'], ['$&']])('finds no known code in %s', (q) => {
    expect(codeInQuery(index, q)).toBeNull();
  });
});

describe('tidyExcerpt', () => {
  it('turns Pagefind block joins into Japanese full stops and marks the cut', () => {
    expect(tidyExcerpt('数（席）と<mark>認証</mark>回数. マルチ ライセンス<mark>認証</mark>キー', 'ja')).toBe('…数（席）と<mark>認証</mark>回数。マルチ ライセンス<mark>認証</mark>キー…');
  });
  it('drops heading anchors and keeps English full stops', () => {
    expect(tidyExcerpt('What happened #. The buyer typed the <mark>key</mark>.', 'en')).toBe('What happened. The buyer typed the <mark>key</mark>.');
  });
  it('cleans a heading title', () => {
    expect(tidyHeading('何が起きたか#')).toBe('何が起きたか');
    expect(tidyHeading('C# basics')).toBe('C# basics');
  });
});
