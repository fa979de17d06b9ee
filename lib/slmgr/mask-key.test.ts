import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsProductKey, keyMask, maskProductKeys } from './mask-key';
import { sampleIds, samples } from './__fixtures__/samples';

// Keys are built at run time from groups, so no key-shaped literal sits in this file.
const G = ['Q7W9R', 'T2Y4U', 'P6K8M', 'N3B5V', 'C1X0Z'];
const key = (sep = '-', groups = G) => groups.join(sep);
const toFullWidth = (s: string) => s.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
/** The 25 key characters of a string, whatever the separators, width or case. */
const squash = (s: string) =>
  s
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');

describe('maskProductKeys', () => {
  it('masks a plain key and counts it', () => {
    expect(maskProductKeys(`slmgr /ipk ${key()}`)).toEqual({ text: `slmgr /ipk ${keyMask}`, found: 1 });
  });

  it.each([
    ['hyphens', key('-')],
    ['lower case', key('-').toLowerCase()],
    ['spaces around hyphens', key(' - ')],
    ['en dashes', key('–')],
    ['em dashes', key('—')],
    ['minus signs', key('−')],
    ['Unicode hyphens', key('‐')],
    ['full-width hyphen-minus', key('－')],
    ['katakana long-vowel mark (IME)', key('ー')],
    ['full-width characters', toFullWidth(key('－'))],
    ['full-width lower case', toFullWidth(key('ー').toLowerCase())],
    ['ideographic spaces', key('\u3000-\u3000')],
    ['a line break inside', key('-\n')],
    ['CRLF before a hyphen', key('\r\n-')],
    ['no hyphens (25 characters)', key('')],
  ])('masks a key written with %s', (_, k) => {
    const r = maskProductKeys(`Installed product key ${k} successfully.`);
    expect(r).toEqual({ text: `Installed product key ${keyMask} successfully.`, found: 1 });
  });

  it('masks a key glued to other letters', () => {
    expect(maskProductKeys(`/ipk${key()}`)).toEqual({ text: `/ipk${keyMask}`, found: 1 });
    expect(maskProductKeys(`key${key()}x`).found).toBe(1);
  });

  it('counts several keys', () => {
    const other = key('-', ['M4N5P', 'Q6R7S', 'T8V9W', 'X2Y3Z', 'B4C5D']);
    const r = maskProductKeys(`${key()}\n${other}, ${key(' – ').toLowerCase()}`);
    expect(r.found).toBe(3);
    expect(r.text).toBe(`${keyMask}\n${keyMask}, ${keyMask}`);
  });

  it('leaves the mask itself alone and is idempotent', () => {
    expect(maskProductKeys(`Installed product key ${keyMask} successfully.`)).toEqual({
      text: `Installed product key ${keyMask} successfully.`,
      found: 0,
    });
    const once = maskProductKeys(`${key()} ${key('ー')}`).text;
    expect(maskProductKeys(once)).toEqual({ text: once, found: 0 });
    // A group before a mask made from a hyphen-less key does not form a new key on the second pass.
    const glued = maskProductKeys(`0A00A-${key('')}`);
    expect(glued).toEqual({ text: `0A00A-${keyMask}`, found: 1 });
    expect(maskProductKeys(glued.text)).toEqual({ text: glued.text, found: 0 });
  });

  it.each([
    ['a GUID', 'Activation ID: 55c92734-d682-4d71-983e-d6ec3f16059f'],
    ['an Extended PID', 'Extended PID: 03612-03311-000-000001-00-1033-19041.0000-2342023'],
    ['an Office product ID (4 groups)', 'PRODUCT ID: 00339-10000-00000-AA680'],
    ['an Installation ID', `Installation ID: ${'0123456789'.repeat(6)}012`],
    ['25 digits', `Total: ${'1234567890'.repeat(2)}12345`],
    ['25 letters', `Word: ${'ABCDEFGHIJKLMNOPQRSTUVWXY'}`],
    ['a 25-character run inside a longer one', `Hash: ${'A1'.repeat(20)}`],
    ['four groups', key('-', G.slice(0, 4))],
    ['groups of four', 'ABCD-EFGH-JKLM-NPQR-STVW'],
    ['groups too far apart', G.join('    -    ')],
  ])('leaves %s unchanged', (_, text) => {
    expect(maskProductKeys(text)).toEqual({ text, found: 0 });
  });

  it('leaves every sample unchanged', () => {
    for (const id of sampleIds) expect(maskProductKeys(samples[id].text), id).toEqual({ text: samples[id].text, found: 0 });
  });

  it('containsProductKey tells whether masking is needed', () => {
    expect(containsProductKey(`x ${key()} y`)).toBe(true);
    expect(containsProductKey(`x ${keyMask} y`)).toBe(false);
  });

  it('handles non-string input without throwing', () => {
    expect(maskProductKeys(undefined as unknown as string)).toEqual({ text: '', found: 0 });
  });

  it('is fast on long inputs', () => {
    for (const text of ['A'.repeat(1_000_000), 'ABCDE-'.repeat(200_000), 'ABCDE -  '.repeat(100_000), `ABCDE${' '.repeat(500_000)}-`]) {
      const t0 = performance.now();
      maskProductKeys(text);
      expect(performance.now() - t0).toBeLessThan(2500); // well under 100 ms normally
    }
  }, 20_000);
});

describe('maskProductKeys properties', () => {
  const group = fc.stringMatching(/^[A-Z0-9]{5}$/);
  const groups = fc.array(group, { minLength: 5, maxLength: 5 });
  const separator = fc.constantFrom('-', ' - ', '–', '—', '−', '－', 'ー', '‐', ' -', '- ', '-\n', '\u3000-');
  const style = fc.constantFrom('upper', 'lower', 'mixed', 'full-width', 'full-width-lower');
  const surrounding = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', ' ', 'key:', 'slmgr /ipk ', '\n'));

  function render(gs: string[], sep: string, st: string): string {
    const k = gs.join(sep);
    switch (st) {
      case 'lower':
        return k.toLowerCase();
      case 'mixed':
        return [...k].map((c, i) => (i % 2 ? c.toLowerCase() : c)).join('');
      case 'full-width':
        return toFullWidth(k);
      case 'full-width-lower':
        return toFullWidth(k.toLowerCase());
      default:
        return k;
    }
  }

  it('always removes a generated key, and never leaves its 25 characters in a row', () => {
    fc.assert(
      fc.property(groups, separator, style, surrounding, surrounding, (gs, sep, st, before, after) => {
        const k = render(gs, sep, st);
        const { text, found } = maskProductKeys(`${before}${k}${after}`);
        expect(found).toBeGreaterThanOrEqual(1);
        expect(text.includes(k)).toBe(false);
        expect(squash(text).includes(gs.join(''))).toBe(false);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('masks exactly the keys it is given, between ordinary words', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(groups, separator, style), { minLength: 1, maxLength: 5 }), (keys) => {
        const text = keys.map(([gs, sep, st]) => render(gs, sep, st)).join(' and then ');
        const r = maskProductKeys(text);
        expect(r.found).toBe(keys.length);
        expect(r.text).toBe(keys.map(() => keyMask).join(' and then '));
      }),
    );
  }, 60_000);

  it('leaves text without keys unchanged', () => {
    const noRun = (s: string) => !/[A-Za-z0-9\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]{5}/.test(s);
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }).filter(noRun), (s) => {
        expect(maskProductKeys(s)).toEqual({ text: s, found: 0 });
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }).filter(noRun), (s) => {
        expect(maskProductKeys(s)).toEqual({ text: s, found: 0 });
      }),
    );
  }, 60_000);

  it('leaves no key behind: masking twice finds nothing more', () => {
    const piece = fc.oneof(group, separator, fc.string({ maxLength: 6 }), fc.constantFrom(keyMask, ' ', '\n'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const once = maskProductKeys(pieces.join(''));
        expect(maskProductKeys(once.text)).toEqual({ text: once.text, found: 0 });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});

describe('source files of lib/slmgr', () => {
  // The same rule as the repository's content checker: a key-shaped literal is allowed only if it
  // is clearly not a real key.
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const keyShape = /[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4}/g;
  const allowed = (k: string) => /XXXXX|00000|DEMO|FAKE|SAMPL|EXAMP/.test(k) || /^(.)\1{4}/.test(k);

  it('contain no realistic product key', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) {
      const bad = [...readFileSync(dir + f, 'utf8').matchAll(keyShape)].map((m) => m[0]).filter((k) => !allowed(k));
      expect(bad, f).toEqual([]);
    }
  });
});
