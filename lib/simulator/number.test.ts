import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNumber } from './number';

const labels = { empty: 'E', notWhole: 'W', tooSmall: 'S {min}', tooLarge: 'L {max}' };
const check = (text: string) => checkNumber(text, 1, 100, labels);

describe('checkNumber', { timeout: 30_000 }, () => {
  it('accepts whole numbers in range, with spaces or full-width digits', () => {
    expect(check('5')).toEqual({ value: 5 });
    expect(check(' 42 ')).toEqual({ value: 42 });
    expect(check('１０')).toEqual({ value: 10 });
    expect(check('100')).toEqual({ value: 100 });
  });

  it('rejects empty, zero, negative, too large and non-numbers with the right message', () => {
    expect(check('')).toEqual({ error: 'E' });
    expect(check('   ')).toEqual({ error: 'E' });
    expect(check('0')).toEqual({ error: 'S 1' });
    expect(check('-5')).toEqual({ error: 'S 1' });
    expect(check('−5')).toEqual({ error: 'S 1' });
    expect(check('101')).toEqual({ error: 'L 100' });
    expect(check('100000')).toEqual({ error: 'L 100' });
    expect(check('2.5')).toEqual({ error: 'W' });
    expect(check('ten')).toEqual({ error: 'W' });
    expect(check('1e3')).toEqual({ error: 'W' });
  });

  it('any text gives either a value in range or a message, never both, never a throw', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = check(text);
        if ('value' in r) {
          expect(Number.isInteger(r.value)).toBe(true);
          expect(r.value).toBeGreaterThanOrEqual(1);
          expect(r.value).toBeLessThanOrEqual(100);
        } else expect(['E', 'W', 'S 1', 'L 100']).toContain(r.error);
      }),
    );
  });
});
