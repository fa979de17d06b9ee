import { describe, expect, it } from 'vitest';
import { japaneseLineBreaks, keepNumbersWithCounters } from './budoux-text.mjs';

// A stand-in parser that splits where the test says, so these tests check our rules, not BudouX's model.
const split = (...phrases: string[]) => () => phrases;

describe('keepNumbersWithCounters', () => {
  it('joins a number to the Japanese word after it with a no-break space', () => {
    expect(keepNumbersWithCounters('1 本目と 25 台、2013 年')).toBe('1\u00A0本目と 25\u00A0台、2013\u00A0年');
    expect(keepNumbersWithCounters('Windows 7 の')).toBe('Windows 7\u00A0の');
  });
  it('keeps a Japanese date on one line', () => {
    expect(keepNumbersWithCounters('2019 年 1 月 3 日に')).toBe('2019\u00A0年\u00A01\u00A0月\u00A03\u00A0日に');
  });
  it('leaves Latin text and codes alone', () => {
    expect(keepNumbersWithCounters('Windows 7 Pro, 0xC004C020 and 25 PCs')).toBe('Windows 7 Pro, 0xC004C020 and 25 PCs');
  });
});

describe('japaneseLineBreaks', () => {
  it('puts a break (null) only between two Japanese phrases', () => {
    expect(japaneseLineBreaks('ライセンスの教室で学ぶ', split('ライセンスの', '教室で', '学ぶ'))).toEqual(['ライセンスの', null, '教室で', null, '学ぶ']);
  });
  it('never breaks after a number or inside Latin text', () => {
    const text = '1\u00A0本目の Windows 7\u00A0のキー';
    expect(japaneseLineBreaks(text, split('1\u00A0', '本目の Windows 7\u00A0', 'のキー'))).toEqual(['1\u00A0本目の Windows 7\u00A0のキー']);
  });
  it('returns non-Japanese text whole', () => {
    expect(japaneseLineBreaks('Just English', split('Just ', 'English'))).toEqual(['Just English']);
  });
});
