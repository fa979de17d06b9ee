import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorCodes, knownHexes } from './data';
import { hexFromSlug, lookupCode, MAX_INPUT_LENGTH, nearestCodes, normaliseCode, slugOf, type LookupResult } from './lookup';

const foundHex = (r: LookupResult) => (r.kind === 'found' ? r.code.hex : r);

describe('lookupCode: every spelling of 0xC004C003', () => {
  const spellings = [
    '0xC004C003',
    'C004C003',
    'c004c003',
    '0xc004c003',
    '0x c004 c003',
    '0X-C004-C003',
    '0x_C004_C003',
    '０ｘＣ００４Ｃ００３',
    '０ｘ　Ｃ００４　Ｃ００３',
    'Ｃ００４Ｃ００３',
    '　０ｘＣ００４Ｃ００３　',
    '-1073430525',
    '−1073430525',
    '－１０７３４３０５２５',
    '3221536771',
    '３２２１５３６７７１',
    '3,221,536,771',
    'Error: 0xC004C003',
    'エラー コード: 0xC004C003',
    'コード：０ｘＣ００４Ｃ００３',
    'C004C003.',
    'C004C003。',
    '(0xC004C003)',
    '"0xC004C003"',
    'c004 c003',
    'C004-C003',
    'Error 0xC004C003 occurred while activating',
    'Error -1073430525',
    'slui.exe 0x2a 0xC004C003',
    '  0xC004C003\n',
    '0x\u200BC004C003',
  ];
  it.each(spellings)('%j → found 0xC004C003', (s) => {
    expect(foundHex(lookupCode(s))).toBe('0xC004C003');
  });
});

describe('lookupCode: every code', () => {
  it('is found by hex, slug, bare digits, signed and unsigned decimal', () => {
    for (const c of errorCodes) {
      const bare = c.hex.slice(2);
      for (const s of [c.hex, slugOf(c.hex), bare, bare.toLowerCase(), String(c.signed), String(c.unsigned)]) {
        expect(foundHex(lookupCode(s)), `${c.hex} as ${s}`).toBe(c.hex);
      }
    }
  });

  it('finds 0xC004F065 under the header’s spelling 0x4004F065', () => {
    const r = lookupCode('0x4004F065');
    expect(r).toMatchObject({ kind: 'found', alias: '0x4004F065' });
    expect(foundHex(r)).toBe('0xC004F065');
    expect(lookupCode('0xC004F065')).not.toHaveProperty('alias');
  });
});

describe('lookupCode: the Windows 10/11 codes of Microsoft’s consumer page', () => {
  // Decimals worked out by hand (see data.test.ts): signed = unsigned − 4294967296.
  const cases: [string, number, number][] = [
    ['0xC004F211', -1073417711, 3221549585],
    ['0xC004F213', -1073417709, 3221549587],
    ['0xC004F034', -1073418188, 3221549108],
    ['0x803FA067', -2143313817, 2151653479],
    ['0x8007007B', -2147024773, 2147942523],
    ['0x8007267C', -2147015044, 2147952252],
    ['0x80072F8F', -2147012721, 2147954575],
    ['0x803F7001', -2143326207, 2151641089],
  ];
  const fullWidth = (s: string) => s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
  it.each(cases)('%s by hex (with and without 0x, any case), decimal (signed and unsigned) and full-width', (hex, signed, unsigned) => {
    const bare = hex.slice(2);
    const spellings = [hex, hex.toLowerCase(), bare, bare.toLowerCase(), `0X${bare}`, String(signed), String(unsigned), fullWidth(hex), fullWidth(bare.toLowerCase()), fullWidth(String(signed))];
    for (const s of spellings) expect(foundHex(lookupCode(s)), s).toBe(hex);
  });
});

describe('lookupCode: unknown codes', () => {
  it('returns a well-formed unknown code with nearby known codes', () => {
    const r = lookupCode('0xC004C0FF');
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.hex).toBe('0xC004C0FF');
    expect(r.suggestions.length).toBeGreaterThan(0);
    expect(r.suggestions.length).toBeLessThanOrEqual(3);
    for (const s of r.suggestions) {
      expect(knownHexes).toContain(s);
      expect(s.startsWith('0xC004C0')).toBe(true);
    }
  });

  it('suggests the one-character typo first', () => {
    const r = lookupCode('0xC004C033');
    expect(r.kind === 'unknown' && r.suggestions[0]).toBe('0xC004C003');
    // 0xC004C060 is numerically nearer, but one wrong digit of 0xC004C003 is the likelier slip.
    const r2 = lookupCode('C004C083');
    expect(r2.kind === 'unknown' && r2.suggestions[0]).toBe('0xC004C003');
  });

  it('matches a code typed with too few digits by its beginning', () => {
    const r = lookupCode('0xC004C00');
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') for (const s of r.suggestions) expect(s.startsWith('0xC004C00')).toBe(true);
  });

  it('accepts well-formed codes that are not errors', () => {
    expect(lookupCode('0x00000000')).toMatchObject({ kind: 'unknown', hex: '0x00000000' });
    expect(lookupCode('0')).toMatchObject({ kind: 'unknown', hex: '0x00000000' });
    expect(lookupCode('-1')).toMatchObject({ kind: 'unknown', hex: '0xFFFFFFFF' });
    expect(lookupCode('0x5')).toMatchObject({ kind: 'unknown', hex: '0x00000005' });
  });
});

describe('lookupCode: empty and invalid input', () => {
  it.each(['', '   ', '　　', '\n\t', '\u200B'])('%j → empty', (s) => {
    expect(lookupCode(s)).toEqual({ kind: 'empty' });
  });

  it('treats a missing value as empty', () => {
    expect(lookupCode(undefined as unknown as string)).toEqual({ kind: 'empty' });
    expect(lookupCode(null as unknown as string)).toEqual({ kind: 'empty' });
    expect(lookupCode(42 as unknown as string)).toEqual({ kind: 'empty' });
  });

  it.each(['hello', 'Windows 7', 'ライセンス認証できません', '0x', 'ZZZZ-ZZZZ', '!!!', 'C004', 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX'])(
    '%j → not-a-code',
    (s) => {
      expect(lookupCode(s)).toEqual({ kind: 'invalid', reason: 'not-a-code' });
    },
  );

  it.each(['0xC004C0031', '0x1C004C003', '99999999999', '4294967296', '-2147483649', '12345678901234567890'])(
    '%j → out-of-range',
    (s) => {
      expect(lookupCode(s)).toEqual({ kind: 'invalid', reason: 'out-of-range' });
    },
  );

  it('caps the length before reading the input', () => {
    expect(lookupCode('a'.repeat(MAX_INPUT_LENGTH + 1))).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(lookupCode(`${' '.repeat(MAX_INPUT_LENGTH)}0xC004C003`)).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(lookupCode('x'.repeat(1_000_000))).toEqual({ kind: 'invalid', reason: 'too-long' });
    expect(foundHex(lookupCode(`${' '.repeat(MAX_INPUT_LENGTH - 10)}0xC004C003`))).toBe('0xC004C003');
  });
});

describe('normaliseCode, slugOf, hexFromSlug', () => {
  it('normalises any spelling to the canonical hex, or null', () => {
    expect(normaliseCode('０ｘｃ００４ｃ００３')).toBe('0xC004C003');
    expect(normaliseCode('-1073430496')).toBe('0xC004C020');
    expect(normaliseCode('80070005')).toBe('0x80070005');
    expect(normaliseCode('0xC004C0FF')).toBe('0xC004C0FF');
    expect(normaliseCode('hello')).toBeNull();
    expect(normaliseCode('')).toBeNull();
    expect(normaliseCode('9'.repeat(300))).toBeNull();
  });

  it('round-trips every code through its slug', () => {
    for (const c of errorCodes) {
      const slug = slugOf(c.hex);
      expect(slug).toBe(c.hex.toLowerCase());
      expect(slug).toMatch(/^0x[0-9a-f]{8}$/);
      expect(hexFromSlug(slug)).toBe(c.hex);
    }
    expect(slugOf('C004C003')).toBe('0xc004c003');
  });

  it('reads only well-formed slugs', () => {
    expect(hexFromSlug('0xc004c003')).toBe('0xC004C003');
    expect(hexFromSlug('0XC004C003')).toBe('0xC004C003');
    for (const bad of ['c004c003', '0xc004c00', '0xc004c0033', '0xg004c003', '', 'index']) expect(hexFromSlug(bad)).toBeNull();
    expect(hexFromSlug(undefined as unknown as string)).toBeNull();
  });

  it('suggests only known codes, at most as many as asked', () => {
    expect(nearestCodes('0xC004F0FF', 5)).toHaveLength(5);
    expect(nearestCodes('0xC004F0FF', 0)).toEqual([]);
    expect(nearestCodes('nonsense')).toEqual([]);
    expect(nearestCodes('0xC004C003')).not.toContain('0xC004C003');
  });
});

describe('lookupCode never throws (property-based)', () => {
  const kinds = new Set(['found', 'unknown', 'empty', 'invalid']);
  const wellFormed = (r: LookupResult) => {
    expect(kinds.has(r.kind)).toBe(true);
    if (r.kind === 'found') expect(knownHexes).toContain(r.code.hex);
    if (r.kind === 'unknown') {
      expect(r.hex).toMatch(/^0x[0-9A-F]{8}$/);
      expect(r.suggestions.length).toBeLessThanOrEqual(3);
      for (const s of r.suggestions) expect(knownHexes).toContain(s);
    }
    return true;
  };
  const allFunctions = (s: string) => {
    wellFormed(lookupCode(s));
    const n = normaliseCode(s);
    expect(n === null || /^0x[0-9A-F]{8}$/.test(n)).toBe(true);
    expect(typeof slugOf(s)).toBe('string');
    hexFromSlug(s);
    return true;
  };
  const pieces = [
    ...'0123456789abcdefABCDEFxX',
    ...'０１２３４５６７８９ａｂｃｄｅｆＡＢＣＤＥＦｘＸ',
    ' ', '　', '-', '−', '－', 'ー', '_', '.', ',', '\t', '\n', '0x', '０ｘ', 'C004', 'C003', '\u200B', '\uD800', 'エラー', ':',
  ];
  const mix = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(''));

  it('for arbitrary strings', { timeout: 60_000 }, () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), allFunctions), { numRuns: 1000 });
  });
  it('for arbitrary full-Unicode strings (including lone surrogates)', { timeout: 60_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), allFunctions), { numRuns: 1000 });
  });
  it('for random mixes of hex digits, full-width characters, spaces and dashes', { timeout: 60_000 }, () => {
    fc.assert(fc.property(mix, allFunctions), { numRuns: 1000 });
  });
  it('for every 32-bit value written in hex, and every negative one in decimal', { timeout: 60_000 }, () => {
    const hex = (n: number) => `0x${n.toString(16).toUpperCase().padStart(8, '0')}`;
    fc.assert(
      fc.property(fc.nat({ max: 0xffffffff }), (n) => {
        const r = lookupCode(hex(n));
        if (r.kind === 'found') expect([r.code.hex, r.alias]).toContain(hex(n));
        else expect(r).toMatchObject({ kind: 'unknown', hex: hex(n) });
        return true;
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -2147483648, max: -1 }), (n) => {
        expect(normaliseCode(String(n))).toBe(hex(n >>> 0));
        return true;
      }),
      { numRuns: 1000 },
    );
  });
});
