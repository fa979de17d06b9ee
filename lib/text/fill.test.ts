import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('replaces every placeholder, each time it appears', () => {
    expect(fill('{n} of {total} ({n})', { n: 2, total: 11 })).toBe('2 of 11 (2)');
  });
  it('leaves unknown placeholders and gives empty text for missing values', () => {
    expect(fill('{a}-{b}-{c}', { a: 'x', b: undefined })).toBe('x--{c}');
  });
  it('gives empty text for a missing template', () => {
    expect(fill(undefined, { a: 1 })).toBe('');
  });
  it('does not treat values as patterns', () => {
    expect(fill('{a}', { a: '$& {a}' })).toBe('$& {a}');
  });
});
