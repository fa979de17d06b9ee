import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import codesJson from '../../content/errors/codes.json';
import diagnosisJson from '../../content/errors/diagnosis.json';
import { diagnosisEntries, errorCodes, getCode, knownHexes, validateCodes, validateDiagnosis } from './data';
import { storySlugs } from './schema';

const root = fileURLToPath(new URL('../../', import.meta.url));
const factsFile = `${root}../shared/facts/activation-facts.md`;
const seedFile = `${root}../shared/seed/qa-thread-2013-ja.txt`;
const sourcesFile = `${root}content/sources.json`;

/** The codes of section 3 of the facts dossier (3a: Microsoft's list; 3b: related; 3c: header only). */
const EXPECTED: Record<'ms-list' | 'related' | 'header-only', string[]> = {
  'ms-list': [
    '0x8004FE21', '0x80070005', '0x8007007B', '0x80070490', '0x800706BA', '0x8007232A', '0x8007232B',
    '0x8007251D', '0x80092328', '0xC004B100', '0xC004C001', '0xC004C003', '0xC004C008', '0xC004C020',
    '0xC004C021', '0xC004F009', '0xC004F00F', '0xC004F014', '0xC004F02C', '0xC004F035', '0xC004F038',
    '0xC004F039', '0xC004F041', '0xC004F042', '0xC004F050', '0xC004F051', '0xC004F064', '0xC004F065',
    '0xC004F06C', '0xC004F074',
  ],
  related: ['0xC004C4A2', '0xC004F200', '0xC004E002', '0xC004E015', '0xC004F015', '0xC004F063', '0x8007267C'],
  'header-only': [
    '0xC004C004', '0xC004C007', '0xC004C017', '0xC004C060', '0xC004F210', '0xC004F211', '0xC004F213',
    '0x803FA067', '0x803FA071', '0x803FA07F',
  ],
};

/** Source ids of section 8 of the facts dossier. */
const KNOWN_SOURCES = new Set(
  `MS-ERR MS-ERR-2019 MS-ERR-JA MS-C003 MS-C008 MS-E002 MS-E015 MS-F015 MS-F063 MS-267C MS-KB4487266 MS-ADBA
  MS-PLAN MS-ACT MS-VA MS-VAMT-KEY MS-VAMT-PROXY MS-SLMGR MS-MAKKI MS-GVLK MS-WINLIC M365-KEYS M365-KEYFAQ
  M365-VLMGMT MS-LC-W7 MS-LC-W10 TN-MAK TN-MAK-CONV TN-LICSTATE TN-OPS-W7 TN-TECHREF MAKLIMITS-DOC TN-DEPLOY
  W7-GENUINE VA2-OPS VA2-OPS-WMI TN-BLOG-2013 MSSB-2009 MSSB-2007 MSSB-2006 MSSB-OEM MSSB-OPEN-XFER PARTNER-FAQ
  JP-ASKCORE JP-VA2FAQ MS-HOWTOTELL-JA BRIEF-REIMAGE REIMAGE-2020 BRIEF-2007 BRIEF-JA OL-TERMS W7-EULA SLERROR
  SLMGR-VBS DOCSRS WAT-CW WAT-PCW WAT-ITPRO WAT-GIZ WAT-ZD WAT-90 SEC-UPD LENOVO-KEY SF-50 JP-THREAD JP-OKAYA
  JP-TEKWIND JP-NAVI JP-OEMFAQ JP-MYNAVI JP-ACCS-2020 JP-BSA-2014 JP-NETSEC-2014 JP-ASCII`.split(/\s+/),
);

const C003 = () => structuredClone(codesJson.find((c) => c.hex === '0xC004C003')!);

/** Every string in a JSON value, with its path. */
function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

const JAPANESE = /[\u3040-\u30FF\u4E00-\u9FFF]/;

describe('codes.json', () => {
  it('has one record per code in sections 3a, 3b and 3c of the facts, in the right group', () => {
    const all = Object.values(EXPECTED).flat();
    expect(errorCodes).toHaveLength(all.length);
    expect([...knownHexes].sort()).toEqual([...all].sort());
    for (const [group, hexes] of Object.entries(EXPECTED)) {
      for (const hex of hexes) expect(getCode(hex)?.group, hex).toBe(group);
    }
  });

  it('spells every hex canonically, once', () => {
    for (const c of errorCodes) expect(c.hex).toMatch(/^0x[0-9A-F]{8}$/);
    expect(new Set(knownHexes).size).toBe(knownHexes.length);
  });

  it('has signed and unsigned decimals that match the hex', () => {
    const view = new DataView(new ArrayBuffer(4));
    for (const c of errorCodes) {
      const unsigned = Number.parseInt(c.hex.slice(2), 16);
      view.setUint32(0, unsigned);
      expect(c.unsigned, c.hex).toBe(unsigned);
      expect(c.signed, c.hex).toBe(view.getInt32(0));
      expect(c.unsigned - c.signed, c.hex).toBe(c.signed < 0 ? 2 ** 32 : 0);
    }
    // Values given in the facts (and, for 0xC004C4A2, by a published binding).
    expect(getCode('0xC004C003')).toMatchObject({ signed: -1073430525, unsigned: 3221536771 });
    expect(getCode('0xC004C020')).toMatchObject({ signed: -1073430496 });
    expect(getCode('0xC004C4A2')).toMatchObject({ signed: -1073429342 });
  });

  it.skipIf(!existsSync(factsFile))('matches every hex and signed value in the facts tables', () => {
    const facts = readFileSync(factsFile, 'utf8');
    const section = facts.slice(facts.indexOf('## 3. Windows activation error codes'), facts.indexOf('### 3d.'));
    const rows = [...section.matchAll(/^\| \**(0x[0-9A-F]{8})\** \| \**(−?\d+)\**/gm)];
    expect(rows.length).toBe(errorCodes.length);
    for (const [, hex, signed] of rows) {
      expect(getCode(hex!)?.signed, hex).toBe(Number(signed!.replace('−', '-')));
    }
  });

  it('refers only to codes in the set', () => {
    for (const c of errorCodes) {
      for (const r of c.related) {
        expect(getCode(r)?.hex, `${c.hex} → ${r}`).toBe(r);
        expect(r).not.toBe(c.hex);
      }
    }
  });

  it('uses only story step slugs, with the two errors of the story in their steps', () => {
    for (const c of errorCodes) for (const s of c.inStory) expect(storySlugs).toContain(s);
    expect(getCode('0xC004C003')!.inStory).toEqual(['first-key']);
    expect(getCode('0xC004C020')!.inStory).toEqual(['second-key']);
    expect(errorCodes.filter((c) => c.inStory.length > 0).map((c) => c.hex)).toEqual(['0xC004C003', '0xC004C020']);
  });

  it('quotes the messages of the two story errors exactly (Japanese docs wording, slmgr English)', () => {
    expect(getCode('0xC004C003')!.message).toEqual({
      en: 'The activation server determined the specified product key is blocked.',
      ja: 'ライセンス認証サーバーで、指定されたプロダクト キーがブロックされていることが判明しました。',
    });
    expect(getCode('0xC004C020')!.message).toEqual({
      en: 'The activation server reported that the Multiple Activation Key has exceeded its limit.',
      ja: 'ライセンス認証サーバーで、マルチ ライセンス認証キーが制限値を超えたことが報告されました。',
    });
    expect(getCode('0xC004C003')!.messageIsParaphrase).toBe(false);
    expect(getCode('0xC004C020')!.messageIsParaphrase).toBe(false);
    expect(getCode('0xC004C008')!.message.ja).toBe('ライセンス認証サーバーで、指定されたプロダクト キーは使用できないことが判明しました。');
    expect(getCode('0xC004F051')!.message.ja).toBe('ソフトウェア保護サービスで、プロダクト キーがブロックされたことが報告されました。');
  });

  it('notes the conflicts the facts record', () => {
    expect(getCode('0xC004F065')!.caveat?.en).toMatch(/0x4004F065/);
    expect(getCode('0xC004F065')!.aliases).toEqual(['0x4004F065']);
    expect(getCode('0xC004C008')!.caveat?.en).toMatch(/unlock limit/);
    expect(getCode('0xC004C003')!.caveat?.en).toMatch(/several causes/);
    expect(getCode('0xC004C003')!.causes.en.join(' ')).toMatch(/stolen or misused.*evaluation.*edition.*Azure.*tokens\.dat/s);
  });

  it('writes Japanese fields in Japanese and English fields in English', () => {
    for (const c of errorCodes) {
      for (const field of ['message', 'meaning', 'causes', 'whatToDo', 'caveat'] as const) {
        const v = c[field];
        if (!v) continue;
        for (const s of [v.ja].flat()) expect(s, `${c.hex} ${field}.ja`).toMatch(JAPANESE);
        for (const s of [v.en].flat()) expect(s, `${c.hex} ${field}.en`).not.toMatch(JAPANESE);
      }
    }
    for (const e of diagnosisEntries) {
      for (const cause of e.causes) {
        expect(cause.text.ja + cause.next.ja).toMatch(JAPANESE);
        expect(cause.text.en + cause.next.en).not.toMatch(JAPANESE);
      }
    }
  });

  it('uses Microsoft’s Japanese terms for MAK and KMS', () => {
    const ja = strings(codesJson).filter(([p]) => p.endsWith('.ja') || /\.ja\[\d+\]$/.test(p)).map(([, s]) => s).join('\n');
    expect(ja).toContain('マルチ ライセンス認証キー (MAK)');
    expect(ja).toContain('キー管理サービス (KMS)');
    expect(ja).toContain('ライセンス認証専用窓口');
    expect(ja).not.toMatch(/アクティベーション キー|アクティベート/);
  });
});

describe('sources', () => {
  const cited = [
    ...errorCodes.flatMap((c) => c.sources.map((s) => [c.hex, s] as const)),
    ...diagnosisEntries.flatMap((e) => e.causes.flatMap((c) => c.sources.map((s) => [`${e.hex} ${c.id}`, s] as const))),
  ];

  it('cites only ids from section 8 of the facts', () => {
    for (const [where, id] of cited) expect(KNOWN_SOURCES.has(id), `${where}: ${id}`).toBe(true);
  });

  it.skipIf(!existsSync(sourcesFile))('cites only ids in content/sources.json', () => {
    const ids = new Set((JSON.parse(readFileSync(sourcesFile, 'utf8')) as { id: string }[]).map((s) => s.id));
    for (const [where, id] of cited) expect(ids.has(id), `${where}: ${id}`).toBe(true);
  });
});

describe('content rules', () => {
  const files = { 'codes.json': codesJson, 'diagnosis.json': diagnosisJson };

  it('holds no product keys', () => {
    for (const [name, data] of Object.entries(files)) {
      for (const [path, s] of strings(data)) expect(s, `${name}${path}`).not.toMatch(/[A-Z0-9]{5}(-[A-Z0-9]{5}){4}/);
    }
  });

  it('never points to ways round activation', () => {
    const banned = /crack|keygen|loader|kmspico|kms ?auto|bypass|rearm|activator|クラック|回避/i;
    for (const [name, data] of Object.entries(files)) {
      for (const [path, s] of strings(data)) expect(s, `${name}${path}`).not.toMatch(banned);
    }
  });

  it('tells a buyer of a bare key to get a genuine license for both story errors', () => {
    for (const hex of ['0xC004C003', '0xC004C020']) {
      const c = getCode(hex)!;
      expect(c.whatToDo.en.join(' ')).toMatch(/genuine license/);
      expect(c.whatToDo.ja.join(' ')).toMatch(/正規のライセンス/);
    }
  });

  it.skipIf(!existsSync(seedFile))('copies no 30-character run of the 2013 thread', () => {
    const squash = (s: string) => s.replace(/\s+/g, '');
    const runs = new Set<string>();
    for (const line of readFileSync(seedFile, 'utf8').split('\n')) {
      const chars = [...squash(line).replace(/^>/, '')];
      if (chars.length < 30 || /^(説明|コード)|https?:|お礼日時/.test(chars.join(''))) continue;
      for (let i = 0; i + 30 <= chars.length; i++) runs.add(chars.slice(i, i + 30).join(''));
    }
    for (const [name, data] of Object.entries(files)) {
      const flat = [...squash(JSON.stringify(data))];
      const copied: string[] = [];
      for (let i = 0; i + 30 <= flat.length; i++) {
        const run = flat.slice(i, i + 30).join('');
        if (runs.has(run)) copied.push(run);
      }
      expect(copied, name).toEqual([]);
    }
  });
});

describe('validation', () => {
  it('throws naming the code and the field', () => {
    expect(() => validateCodes([{ ...C003(), signed: 1 }])).toThrow(/codes\.json: 0xC004C003 → signed/);
    expect(() => validateCodes([{ ...C003(), unsigned: 1 }])).toThrow(/0xC004C003 → unsigned/);
    expect(() => validateCodes([{ ...C003(), message: { en: 'x', ja: '' } }])).toThrow(/0xC004C003 → message\.ja/);
    expect(() => validateCodes([{ ...C003(), hex: '0xc004c003' }])).toThrow(/0xc004c003 → hex/);
    expect(() => validateCodes([{ ...C003(), appliesTo: ['home'] }])).toThrow(/0xC004C003 → appliesTo\.0/);
    expect(() => validateCodes([{ ...C003(), inStory: ['chapter-9'] }])).toThrow(/0xC004C003 → inStory\.0/);
    expect(() => validateCodes([{ ...C003(), related: ['0xC004C020'] }])).toThrow(/0xC004C003 → related\.0: 0xC004C020 is not in codes\.json/);
    expect(() => validateCodes([C003(), C003()])).toThrow(/0xC004C003 → hex: .*already used/);
    expect(() => validateCodes([{ ...C003(), causes: { en: ['a', 'b'], ja: ['あ'] } }])).toThrow(/0xC004C003 → causes/);
    expect(() => validateCodes([{ hex: 42 }])).toThrow(/record #0/);
    expect(() => validateCodes({})).toThrow(/must be an array/);
  });

  it('accepts the real data as it is', () => {
    expect(validateCodes(structuredClone(codesJson))).toHaveLength(errorCodes.length);
    const known = new Map(errorCodes.map((c) => [c.hex, c]));
    expect(validateDiagnosis(structuredClone(diagnosisJson), known)).toHaveLength(diagnosisEntries.length);
  });

  it('checks diagnosis entries against the codes and the answer lists', () => {
    const known = new Map(errorCodes.map((c) => [c.hex, c]));
    type RawCause = { id: string; weights: { source: Record<string, number> } };
    const entry = structuredClone(diagnosisJson[0]!) as { hex: string; causes: RawCause[] };
    expect(() => validateDiagnosis([{ ...entry, hex: '0xC004C0FF' }], known)).toThrow(/0xC004C0FF → hex: is not in codes\.json/);
    expect(() => validateDiagnosis([entry, entry], known)).toThrow(/appears twice/);
    const badWeight = structuredClone(entry);
    badWeight.causes[0]!.weights.source.martian = 3;
    expect(() => validateDiagnosis([badWeight], known)).toThrow(new RegExp(`${entry.hex} → causes\\.0\\.weights\\.source`));
    const dup = structuredClone(entry);
    dup.causes.push(structuredClone(dup.causes[0]!));
    expect(() => validateDiagnosis([dup], known)).toThrow(/unique/);
  });
});

describe('getCode', () => {
  it('finds a code by its hex in any case, with or without 0x, and by alias', () => {
    expect(getCode('0xC004C003')?.symbol).toBe('SL_E_CHPA_PRODUCT_KEY_BLOCKED');
    expect(getCode('0xc004c003')?.hex).toBe('0xC004C003');
    expect(getCode('C004C003')?.hex).toBe('0xC004C003');
    expect(getCode('0x4004F065')?.hex).toBe('0xC004F065');
  });
  it('returns undefined for anything else', () => {
    expect(getCode('0xC004C0FF')).toBeUndefined();
    expect(getCode('')).toBeUndefined();
    expect(getCode(undefined as unknown as string)).toBeUndefined();
  });
});
