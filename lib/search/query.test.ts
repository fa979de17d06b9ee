import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanQuery, maxQueryLength } from './query';

describe('cleanQuery', () => {
  it('normalises full-width input from an IME', () => {
    expect(cleanQuery('Ｃ００４Ｃ０２０').query).toBe('C004C020');
  });
  it('trims, folds spaces and drops control characters', () => {
    expect(cleanQuery('  MAK \u0000\n key ').query).toBe('MAK key');
  });
  it('caps the length and says so', () => {
    const r = cleanQuery('あ'.repeat(500));
    expect([...r.query]).toHaveLength(maxQueryLength);
    expect(r.truncated).toBe(true);
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof cleanQuery(s).query === 'string'), { numRuns: 300 });
    expect(cleanQuery(null).query).toBe('');
  }, 30_000);
});
