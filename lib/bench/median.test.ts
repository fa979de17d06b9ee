import { describe, expect, it } from 'vitest';
import { median } from './median.mjs';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones, skipping what is not a number', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5, Number.NaN, undefined, 7, 6])).toBe(6);
    expect(median([null])).toBeNull();
  });
});
