import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnosisEntries, getDiagnosisEntry } from './data';
import { rankCauses } from './rank';
import {
  diagnosableCodes,
  diagnose,
  diagnosisTable,
  hasDiagnosis,
  isKeySource,
  isRecentChange,
  keySources,
  recentChanges,
} from './diagnose';

const top = (hex: string, source: string, change: string) => diagnose(hex, source, change)[0]?.id;

describe('rankCauses', () => {
  // Weights written by hand: a = 3 + 1 = 4, b = 5 + 0 = 5, c = 0, d = −2 + 2 = 0 (ties keep order).
  const causes = [
    { id: 'a', weights: { source: { auction: 3 }, change: { nothing: 1 } } },
    { id: 'b', weights: { source: { auction: 5 }, change: {} } },
    { id: 'c', weights: { source: {}, change: {} } },
    { id: 'd', weights: { source: { auction: -2 }, change: { nothing: 2 } } },
  ];
  it('adds the two weights and sorts by score, ties in data order', () => {
    expect(rankCauses(causes, 'auction', 'nothing').map((c) => [c.id, c.score, c.rank])).toEqual([
      ['b', 5, 1],
      ['a', 4, 2],
      ['c', 0, 3],
      ['d', 0, 4],
    ]);
  });
  it('counts only the answer that was given', () => {
    expect(rankCauses(causes, null, 'nothing').map((c) => [c.id, c.score])).toEqual([
      ['d', 2],
      ['a', 1],
      ['b', 0],
      ['c', 0],
    ]);
  });
});

describe('diagnosis data', () => {
  it('covers the codes a visitor is most likely to ask about', () => {
    for (const hex of ['0xC004C003', '0xC004C020', '0xC004C008', '0xC004F050', '0xC004F035', '0xC004F00F', '0xC004F211', '0xC004F213', '0xC004F034', '0x80072F8F', '0x803F7001']) {
      expect(hasDiagnosis(hex), hex).toBe(true);
    }
    expect(diagnosableCodes).toEqual(diagnosisEntries.map((e) => e.hex));
  });
});

describe('diagnose: 0xC004C003', () => {
  it('bought alone at auction, nothing changed → the key was reported as misused and blocked; a bare key is not a license', () => {
    const [first] = diagnose('0xC004C003', 'auction', 'nothing');
    expect(first?.id).toBe('reported-misuse');
    expect(first?.text.en).toMatch(/stolen or misused/);
    expect(first?.text.en).toMatch(/not a license/);
    expect(first?.text.ja).toMatch(/ライセンスになりません/);
    expect(first?.next.en).toMatch(/genuine license/);
    expect(first?.sources).toContain('MS-C003');
  });

  it('at auction, the misuse cause comes first whatever changed', () => {
    for (const change of recentChanges) expect(top('0xC004C003', 'auction', change), change).toBe('reported-misuse');
  });

  it('a boxed copy after a new motherboard → a different cause (edition mismatch)', () => {
    const ranked = diagnose('0xC004C003', 'retail-box', 'new-motherboard');
    expect(ranked[0]?.id).toBe('edition-mismatch');
    expect(ranked[0]?.id).not.toBe('reported-misuse');
    expect(ranked[0]?.next.en).toMatch(/Licensing Activation Center|PC maker/);
  });

  it('a key that came with the PC after a new motherboard → the OEM license stays with the PC; ask the maker or Microsoft', () => {
    const [first] = diagnose('0xC004C003', 'with-pc', 'new-motherboard');
    expect(first?.id).toBe('oem-tied-to-pc');
    expect(first?.sources).toEqual(expect.arrayContaining(['MSSB-OEM', 'MS-F063']));
    expect(first?.next.en).toMatch(/maker/);
    expect(first?.next.ja).toMatch(/ライセンス認証専用窓口/);
  });

  it('ranks every cause, best first', () => {
    const entry = getDiagnosisEntry('0xC004C003')!;
    const ranked = diagnose('0xC004C003', 'auction', 'nothing');
    expect(ranked.map((c) => c.id).sort()).toEqual(entry.causes.map((c) => c.id).sort());
    expect(ranked.map((c) => c.rank)).toEqual(ranked.map((_, i) => i + 1));
  });

  it('lists Microsoft’s causes, and the tokens.dat pairing from KB978305', () => {
    const ids = getDiagnosisEntry('0xC004C003')!.causes.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['reported-misuse', 'evaluation-expired', 'edition-mismatch', 'azure-migration', 'license-store']));
    expect(getDiagnosisEntry('0xC004C003')!.causes.find((c) => c.id === 'license-store')!.sources).toContain('MS-E002');
  });
});

describe('diagnose: other codes', () => {
  it('0xC004C020: resold MAK at auction, used-up count at work, not your key with a box or PC', () => {
    expect(top('0xC004C020', 'auction', 'nothing')).toBe('resold-mak');
    expect(top('0xC004C020', 'work-school', 'new-install')).toBe('org-count-used');
    expect(top('0xC004C020', 'retail-box', 'new-install')).toBe('not-your-key');
    expect(top('0xC004C020', 'with-pc', 'nothing')).toBe('not-your-key');
  });
  it('0xC004C008: the KMS host limit at work; an over-used key at auction', () => {
    expect(top('0xC004C008', 'work-school', 'nothing')).toBe('kms-host-limit');
    expect(top('0xC004C008', 'auction', 'nothing')).toBe('overused-key');
  });
  it('0xC004F035: no qualifying license for a bare key; no BIOS marker at work after a board change', () => {
    expect(top('0xC004F035', 'auction', 'new-install')).toBe('no-qualifying-license');
    expect(top('0xC004F035', 'work-school', 'new-motherboard')).toBe('no-oem-marker');
    expect(top('0xC004F035', 'retail-box', 'new-install')).toBe('volume-media-own-license');
  });
  it('0xC004F00F: hardware change; the OEM license stays with the PC after a new motherboard', () => {
    expect(top('0xC004F00F', 'retail-box', 'new-motherboard')).toBe('hardware-changed');
    expect(top('0xC004F00F', 'with-pc', 'new-motherboard')).toBe('oem-license-stays');
    expect(top('0xC004F00F', 'retail-box', 'nothing')).toBe('drivers-updated');
  });
  it('Windows 10/11 codes: a bare key at auction is no license; otherwise the hardware or missing key', () => {
    expect(top('0xC004F211', 'auction', 'new-motherboard')).toBe('bare-key-not-license');
    expect(top('0xC004F211', 'retail-box', 'new-motherboard')).toBe('hardware-changed');
    expect(top('0xC004F211', 'with-pc', 'new-motherboard')).toBe('oem-license-stays');
    expect(top('0xC004F213', 'auction', 'nothing')).toBe('bare-key-not-license');
    expect(top('0xC004F213', 'retail-box', 'new-install')).toBe('no-key-found');
    expect(top('0xC004F034', 'with-pc', 'new-install')).toBe('license-not-found');
    expect(top('0x80072F8F', 'work-school', 'nothing')).toBe('managed-network');
    expect(top('0x80072F8F', 'retail-box', 'nothing')).toBe('proxy-or-network');
  });
  it('0x803F7001: only the two situations Microsoft’s article names; otherwise “we cannot say”', () => {
    // Scores by hand from diagnosis.json: first-install = retail-box 1 + new-install 4 = 5; hardware-changed =
    // retail-box 1 + new-motherboard 4 = 5; preinstalled = with-pc 4 + new-motherboard 1 = 5 (hardware-changed 4);
    // bare key = auction 5 (cannot-say 3); cannot-say = gvlk 2 + nothing 3 = 5, and 3 against 1 for a boxed copy.
    expect(top('0x803F7001', 'retail-box', 'new-install')).toBe('first-install');
    expect(top('0x803F7001', 'retail-box', 'new-motherboard')).toBe('hardware-changed');
    expect(top('0x803F7001', 'with-pc', 'new-motherboard')).toBe('preinstalled-needs-new-license');
    expect(top('0x803F7001', 'auction', 'nothing')).toBe('bare-key-not-license');
    expect(top('0x803F7001', 'gvlk', 'nothing')).toBe('cannot-say');
    expect(top('0x803F7001', 'retail-box', 'nothing')).toBe('cannot-say');
    const cannotSay = diagnose('0x803F7001', 'retail-box', 'nothing')[0]!;
    expect(cannotSay.text.en).toMatch(/this site cannot say/);
    expect(cannotSay.text.ja).toMatch(/本サイトには分かりません/);
    // Garbage in the answers falls back to the data order, never a crash.
    expect(top('0x803F7001', '<script>', '💥')).toBe('first-install');
  });
  it('0xC004F050: pasted dashes for an emailed key, a typo otherwise', () => {
    expect(top('0xC004F050', 'auction', 'nothing')).toBe('pasted-dashes');
    expect(top('0xC004F050', 'retail-box', 'nothing')).toBe('typo');
  });
});

describe('diagnose: ordering and robustness', () => {
  it('breaks ties in data order (stable) for every code and combination', () => {
    for (const entry of diagnosisEntries) {
      const order = new Map(entry.causes.map((c, i) => [c.id, i]));
      for (const source of keySources) {
        for (const change of recentChanges) {
          const ranked = diagnose(entry.hex, source, change);
          expect(ranked).toHaveLength(entry.causes.length);
          for (let i = 1; i < ranked.length; i++) {
            const [a, b] = [ranked[i - 1]!, ranked[i]!];
            expect(a.score).toBeGreaterThanOrEqual(b.score);
            if (a.score === b.score) expect(order.get(a.id)!).toBeLessThan(order.get(b.id)!);
          }
        }
      }
    }
  });

  it('is deterministic', () => {
    expect(diagnose('0xC004C003', 'with-pc', 'nothing')).toEqual(diagnose('0xC004C003', 'with-pc', 'nothing'));
  });

  it('accepts any spelling of the code', () => {
    expect(diagnose('c004c003', 'auction', 'nothing')).toEqual(diagnose('0xC004C003', 'auction', 'nothing'));
    expect(diagnose('-1073430525', 'auction', 'nothing')[0]?.id).toBe('reported-misuse');
  });

  it('returns [] for codes without diagnosis data and for garbage', () => {
    expect(diagnose('0xC004C0FF', 'auction', 'nothing')).toEqual([]);
    expect(diagnose('0x80070005', 'auction', 'nothing')).toEqual([]);
    expect(diagnose('not a code', 'auction', 'nothing')).toEqual([]);
    expect(diagnose(undefined as unknown as string, 'auction', 'nothing')).toEqual([]);
  });

  it('ignores an unknown source or change instead of failing', () => {
    const byChangeOnly = diagnose('0xC004C003', 'martian', 'new-motherboard');
    expect(byChangeOnly).toHaveLength(getDiagnosisEntry('0xC004C003')!.causes.length);
    expect(byChangeOnly.map((c) => c.id)).toEqual(diagnose('0xC004C003', '', 'new-motherboard').map((c) => c.id));
    const neither = diagnose('0xC004C003', '', '__proto__');
    expect(neither.map((c) => c.id)).toEqual(getDiagnosisEntry('0xC004C003')!.causes.map((c) => c.id));
    expect(neither.every((c) => c.score === 0)).toBe(true);
    expect(diagnose('0xC004C003', 'toString', 'constructor').every((c) => c.score === 0)).toBe(true);
  });

  it('never throws on random input', { timeout: 60_000 }, () => {
    const anyArg = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...keySources, ...recentChanges, ...diagnosableCodes));
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, (hex, source, change) => {
        expect(Array.isArray(diagnose(hex, source, change))).toBe(true);
        expect(Array.isArray(diagnosisTable(hex))).toBe(true);
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('recognises the answer ids', () => {
    expect(keySources).toEqual(['auction', 'retail-box', 'with-pc', 'work-school', 'gvlk']);
    expect(recentChanges).toEqual(['new-install', 'new-motherboard', 'nothing']);
    expect(isKeySource('auction')).toBe(true);
    expect(isKeySource('toString')).toBe(false);
    expect(isRecentChange('nothing')).toBe(true);
    expect(isRecentChange(3)).toBe(false);
  });
});

describe('diagnosisTable', () => {
  it('gives the top cause for every source × change, for a table without JavaScript', () => {
    for (const hex of diagnosableCodes) {
      const rows = diagnosisTable(hex);
      expect(rows).toHaveLength(keySources.length * recentChanges.length);
      const ids = new Set(getDiagnosisEntry(hex)!.causes.map((c) => c.id));
      for (const source of keySources) {
        for (const change of recentChanges) {
          const matching = rows.filter((r) => r.source === source && r.change === change);
          expect(matching).toHaveLength(1);
          expect(matching[0]!.causeId).toBe(top(hex, source, change));
          expect(ids.has(matching[0]!.causeId)).toBe(true);
        }
      }
    }
  });

  it('shows the story’s contrast for 0xC004C003', () => {
    const rows = diagnosisTable('0xC004C003');
    const at = (source: string, change: string) => rows.find((r) => r.source === source && r.change === change)?.causeId;
    expect(at('auction', 'nothing')).toBe('reported-misuse');
    expect(at('retail-box', 'new-motherboard')).not.toBe('reported-misuse');
    expect(at('with-pc', 'new-motherboard')).not.toBe('reported-misuse');
  });

  it('is empty for a code without diagnosis data', () => {
    expect(diagnosisTable('0x80070005')).toEqual([]);
    expect(diagnosisTable('nonsense')).toEqual([]);
  });
});
