import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import codesJson from '../../content/errors/codes.json';
import diagnosisJson from '../../content/errors/diagnosis.json';
import sourcesJson from '../../content/sources.json';
import { ContentError } from '../content/errors';
import { getSlugs, validateContent } from '../content/load';
import { diagnosisEntries, errorCodes, getCode } from './data';
import { presetShowing } from './preset';
import { validateCodes, validateDiagnosis, validateErrorReferences } from './validate';

/**
 * The codes in the summary table of Microsoft's "Troubleshoot Windows activation error codes"
 * (MS-ERR, version of 2025-01-15), written from that page:
 * https://learn.microsoft.com/en-us/troubleshoot/windows-server/licensing-and-activation/troubleshoot-activation-error-codes
 */
const MS_ERR_CODES = [
  '0x8004FE21', '0x80070005', '0x8007007B', '0x80070490', '0x800706BA', '0x8007232A', '0x8007232B', '0x8007251D',
  '0x80092328', '0xC004B100', '0xC004C001', '0xC004C003', '0xC004C008', '0xC004C020', '0xC004C021', '0xC004F009',
  '0xC004F00F', '0xC004F014', '0xC004F02C', '0xC004F035', '0xC004F038', '0xC004F039', '0xC004F041', '0xC004F042',
  '0xC004F050', '0xC004F051', '0xC004F064', '0xC004F065', '0xC004F06C', '0xC004F074',
];

/**
 * Windows 10/11 codes that issue #14 names from Microsoft's consumer page "Get help with Windows
 * activation errors" (https://support.microsoft.com/help/10738/windows-10-get-help-with-activation-errors).
 * 0x803F7001 is sourced from Microsoft's own support article on it (4339791, Japanese edition).
 */
const CONSUMER_CODES = ['0x803F7001', '0xC004F211', '0xC004F213', '0x8007007B', '0x803FA067', '0xC004F034', '0x8007267C', '0x80072F8F'];

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
  it('has a page for every code in Microsoft’s IT-pro list, in the ms-list group', () => {
    for (const hex of MS_ERR_CODES) expect(getCode(hex)?.group, hex).toBe('ms-list');
    expect(errorCodes.filter((c) => c.group === 'ms-list')).toHaveLength(MS_ERR_CODES.length);
  });

  it('has a page for every Windows 10/11 code the issue names from Microsoft’s consumer page', () => {
    for (const hex of CONSUMER_CODES) expect(getCode(hex)?.hex, hex).toBe(hex);
  });

  it('has decimals worked out by hand from the hex', () => {
    // signed = unsigned − 2^32 (4294967296) when the top bit is set.
    // 0xC004C003: 0xC0000000 = 3221225472, + 0xC003 (49155) + 0x40000 (262144) = 3221536771 → −1073430525
    expect(getCode('0xC004C003')).toMatchObject({ signed: -1073430525, unsigned: 3221536771 });
    // 0xC004C020: 3221536771 − 0xC003 + 0xC020 = 3221536800 → −1073430496
    expect(getCode('0xC004C020')).toMatchObject({ signed: -1073430496, unsigned: 3221536800 });
    // 0xC004F211: 3221225472 + 0x4F211 (262144 + 61969 = 324113) = 3221549585 → −1073417711
    expect(getCode('0xC004F211')).toMatchObject({ signed: -1073417711, unsigned: 3221549585 });
    // 0xC004F213: two more than 0xC004F211 → 3221549587, −1073417709
    expect(getCode('0xC004F213')).toMatchObject({ signed: -1073417709, unsigned: 3221549587 });
    // 0xC004F034: 3221225472 + 0x4F034 (262144 + 61492 = 323636) = 3221549108 → −1073418188
    expect(getCode('0xC004F034')).toMatchObject({ signed: -1073418188, unsigned: 3221549108 });
    // 0x803FA067: 0x80000000 = 2147483648, + 0x3FA067 (3145728 + 983040 + 41063 = 4169831) = 2151653479 → −2143313817
    expect(getCode('0x803FA067')).toMatchObject({ signed: -2143313817, unsigned: 2151653479 });
    // 0x8007007B: 2147483648 + 0x7007B (458752 + 123 = 458875) = 2147942523 → −2147024773
    expect(getCode('0x8007007B')).toMatchObject({ signed: -2147024773, unsigned: 2147942523 });
    // 0x8007267C: 2147483648 + 0x7267C (458752 + 9852 = 468604) = 2147952252 → −2147015044
    expect(getCode('0x8007267C')).toMatchObject({ signed: -2147015044, unsigned: 2147952252 });
    // 0x80072F8F: 2147483648 + 0x72F8F (458752 + 12175 = 470927) = 2147954575 → −2147012721,
    // the value Microsoft's Entra troubleshooting page prints next to it
    expect(getCode('0x80072F8F')).toMatchObject({ signed: -2147012721, unsigned: 2147954575 });
    // 0x803F7001: 2147483648 + 0x3F7001 (3 × 1048576 + 15 × 65536 + 7 × 4096 + 1 = 3145728 + 983040 + 28672 + 1
    // = 4157441) = 2151641089 → 2151641089 − 4294967296 = −2143326207
    expect(getCode('0x803F7001')).toMatchObject({ signed: -2143326207, unsigned: 2151641089 });
    // 0xC004C4A2 = −1073429342: a published binding value (docs.rs windows-sys, SL_E_VALIDATION_BLOCKED_PRODUCT_KEY)
    expect(getCode('0xC004C4A2')).toMatchObject({ signed: -1073429342 });
  });

  it('quotes Microsoft’s messages exactly where Microsoft publishes them, in each language', () => {
    // MS-ERR (English) and MS-ERR-JA (ja-jp edition of the same table).
    expect(getCode('0xC004C003')!.message).toEqual({
      en: 'The activation server determined the specified product key is blocked.',
      ja: 'ライセンス認証サーバーで、指定されたプロダクト キーがブロックされていることが判明しました。',
    });
    expect(getCode('0xC004C020')!.message).toEqual({
      en: 'The activation server reported that the Multiple Activation Key has exceeded its limit.',
      ja: 'ライセンス認証サーバーで、マルチ ライセンス認証キーが制限値を超えたことが報告されました。',
    });
    expect(getCode('0x8004FE21')!.message.ja).toBe('このコンピューターは、正規品の Windows を実行していません。');
    expect(getCode('0xC004F051')!.message.ja).toBe('ソフトウェア保護サービスで、プロダクト キーがブロックされたことが報告されました。');
    for (const hex of MS_ERR_CODES) expect(getCode(hex)!.messageIsParaphrase, hex).toEqual({ ja: false, en: false });
    // The fact check's corrections, quoting the SDK header (slerror.h).
    expect(getCode('0xC004F015')!.message.en).toBe('The Software Licensing Service reported that the license is not installed.');
    expect(getCode('0xC004E002')!.message.en).toMatch(/the license store contains inconsistent data\.$/);
    // Where Microsoft gives no Japanese text, the site's translation is flagged as such.
    expect(getCode('0xC004F211')!.messageIsParaphrase.ja).toBe(true);
  });

  it('follows Microsoft’s 「…ことが判明しました」 pattern for the server’s product-key messages', () => {
    for (const hex of ['0xC004C004', '0xC004C007', '0xC004C017', '0xC004C060']) expect(getCode(hex)!.message.ja, hex).toMatch(/ことが判明しました。$/);
  });

  it('gives the KB942962 cause and remedy for 0xC004F035', () => {
    const c = getCode('0xC004F035')!;
    expect(c.causes.en.join(' ')).toMatch(/ACPI_SLIC table without a valid Windows marker/);
    expect(c.causes.en.join(' ')).not.toMatch(/self-built/);
    expect(c.whatToDo.en.join(' ')).toMatch(/cannot be activated by phone; only after the switch/);
    expect(c.sources).toContain('MS-KB942962');
  });

  it('says the MAK limit is a count of activations, not of PCs (0xC004C020)', () => {
    const c = getCode('0xC004C020')!;
    expect(c.meaning.en).not.toMatch(/number of PCs/);
    expect(c.meaning.ja).not.toMatch(/台数/);
    expect(c.meaning.ja).toMatch(/回数/);
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

  it('uses Microsoft’s Japanese spellings and full-width brackets in the site’s own Japanese', () => {
    const own = [...strings(codesJson), ...strings(diagnosisJson)]
      .filter(([p]) => /\.ja(\[\d+\])?$/.test(p))
      .filter(([p]) => !/\.message\.ja$/.test(p))
      .map(([, s]) => s)
      .join('\n');
    expect(own).toContain('マルチ ライセンス認証キー（MAK）');
    expect(own).toContain('ライセンス認証専用窓口');
    expect(own).not.toMatch(/プロダクトキー|わかる|アクティベーション キー|アクティベート|中古キー/);
    expect(own).not.toMatch(/[\u3040-\u9FFF] ?\([^)]*\)/);
  });

  it('gives 0x803F7001 only what Microsoft’s article on it says, and says plainly what is missing', () => {
    const c = getCode('0x803F7001')!;
    // No Windows message was found in any Microsoft document: the text is this site's wording, in both languages,
    // so the page draws no simulated window; and the SDK header defines no name for it.
    expect(c.messageIsParaphrase).toEqual({ ja: true, en: true });
    expect(c.symbol).toBeNull();
    // Microsoft support article 4339791 (ja-jp): a first installation of Windows 10, and a hardware change.
    expect(c.causes.en).toHaveLength(2);
    expect(c.causes.en[0]).toMatch(/installed on this PC for the first time/);
    expect(c.causes.en[1]).toMatch(/new motherboard/);
    expect(c.causes.ja[1]).toMatch(/マザーボードの交換/);
    expect(c.sources).toEqual(expect.arrayContaining(['MS-FIX-7001-JA', 'MS-ACT-ERRORS-CONSUMER', 'MS-ACT-ERRORS-CONSUMER-JA']));
    expect(c.caveat!.en).toMatch(/could not read that page’s list of codes/);
    expect(c.caveat!.en).toMatch(/No Microsoft document this site found gives the exact message/);
    expect(c.caveat!.ja).toMatch(/その一覧を読めませんでした/);
    expect(c.caveat!.ja).toMatch(/メッセージの文面を載せた Microsoft の文書も見つかっていません/);
    const source = sourcesJson.find((s) => s.id === 'MS-FIX-7001-JA')!;
    expect(source).toMatchObject({ publisher: 'Microsoft', kind: 'primary' });
    expect(source.url).toMatch(/^https:\/\/support\.microsoft\.com\/ja-jp\/help\/4339791\//);
    expect(source.note).toMatch(/Only the opening could be read/);
  });

  it('links the blocked and over-the-limit codes to the story steps where they happen', () => {
    expect(getCode('0xC004C003')!.inStory).toEqual(['first-key']);
    expect(getCode('0xC004C020')!.inStory).toEqual(['second-key']);
    expect(getCode('0x803FA067')!.inStory).toEqual([]);
  });

  it('finds the simulator preset that shows a code by running the presets', () => {
    // The asker's preset (lib/simulator/presets.ts) runs out of activations, then is blocked.
    expect(presetShowing('0xC004C020')).toBe('asker');
    expect(presetShowing('0xC004C003')).toBe('asker');
    expect(presetShowing('0xC004F050')).toBeNull();
  });
});

describe('sources and story slugs', () => {
  const ids = new Set(sourcesJson.map((s) => s.id));
  const slugs = getSlugs('story');

  it('cites only ids in content/sources.json', () => {
    for (const c of errorCodes) for (const id of c.sources) expect(ids.has(id), `${c.hex}: ${id}`).toBe(true);
    for (const e of diagnosisEntries) for (const cause of e.causes) for (const id of cause.sources) expect(ids.has(id), `${e.hex} ${cause.id}: ${id}`).toBe(true);
  });

  it('names only story steps that exist', () => {
    for (const c of errorCodes) for (const s of c.inStory) expect(slugs, c.hex).toContain(s);
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
});

describe('validation names the file and the field', () => {
  const known = { sourceIds: new Set(['MS-ERR']), storySlugs: ['first-key'] };

  it('for a broken code record', () => {
    const bad = (record: unknown) => () => validateCodes([record]);
    expect(bad({ ...C003(), signed: 1 })).toThrow(ContentError);
    expect(bad({ ...C003(), signed: 1 })).toThrow(/^content\/errors\/codes\.json → \[0xC004C003\]\.signed: is 1/);
    expect(bad({ ...C003(), unsigned: 1 })).toThrow(/\[0xC004C003\]\.unsigned/);
    expect(bad({ ...C003(), message: { en: 'x', ja: '' } })).toThrow(/\[0xC004C003\]\.message\.ja/);
    expect(bad({ ...C003(), messageIsParaphrase: true })).toThrow(/\[0xC004C003\]\.messageIsParaphrase/);
    expect(bad({ ...C003(), hex: '0xc004c003' })).toThrow(/\[0xc004c003\]\.hex/);
    expect(bad({ ...C003(), appliesTo: ['home'] })).toThrow(/\[0xC004C003\]\.appliesTo\.0/);
    expect(bad({ ...C003(), related: ['0xC004C020'] })).toThrow(/\[0xC004C003\]\.related\.0: 0xC004C020 is not in codes\.json/);
    expect(bad({ ...C003(), causes: { en: ['a', 'b'], ja: ['あ'] } })).toThrow(/\[0xC004C003\]\.causes/);
    expect(bad({ hex: 42 })).toThrow(/codes\.json → \[0\]/);
    expect(() => validateCodes([C003(), C003()])).toThrow(/\[0xC004C003\]\.hex: .*already used/);
    expect(() => validateCodes({})).toThrow(/must be an array/);
  });

  it('for a broken diagnosis entry', () => {
    const knownHexes = new Set(errorCodes.map((c) => c.hex));
    type RawCause = { id: string; weights: { source: Record<string, number> } };
    const entry = structuredClone(diagnosisJson[0]!) as { hex: string; causes: RawCause[] };
    expect(() => validateDiagnosis([{ ...entry, hex: '0xC004C0FF' }], knownHexes)).toThrow(/diagnosis\.json → \[0xC004C0FF\]\.hex: is not in codes\.json/);
    expect(() => validateDiagnosis([entry, entry], knownHexes)).toThrow(/appears twice/);
    const badWeight = structuredClone(entry);
    badWeight.causes[0]!.weights.source.martian = 3;
    expect(() => validateDiagnosis([badWeight], knownHexes)).toThrow(new RegExp(`\\[${entry.hex}\\]\\.causes\\.0\\.weights\\.source`));
  });

  it('for an unknown source id or story step', () => {
    const code = validateCodes([{ ...C003(), related: [], sources: ['MS-ERR', 'NO-SUCH'], inStory: [] }]);
    expect(() => validateErrorReferences(code, [], known)).toThrow(/codes\.json → \[0xC004C003\]\.sources\.1: unknown source id "NO-SUCH"/);
    const story = validateCodes([{ ...C003(), related: [], sources: ['MS-ERR'], inStory: ['chapter-9'] }]);
    expect(() => validateErrorReferences(story, [], known)).toThrow(/\[0xC004C003\]\.inStory\.0: "chapter-9" is not a story step/);
  });

  it('inside validateContent, on a copy of the real content with one broken record', { timeout: 30_000 }, () => {
    const root = mkdtempSync(join(tmpdir(), 'content-errors-'));
    cpSync(join(process.cwd(), 'content'), root, { recursive: true });
    expect(validateContent(root).errorCodes).toBe(errorCodes.length);
    const file = join(root, 'errors', 'codes.json');
    const codes = JSON.parse(readFileSync(file, 'utf8')) as { hex: string; sources: string[] }[];
    codes.find((c) => c.hex === '0xC004F034')!.sources.push('NOT-A-SOURCE');
    writeFileSync(file, JSON.stringify(codes));
    expect(() => validateContent(root)).toThrow(/content\/errors\/codes\.json → \[0xC004F034\]\.sources\.\d+: unknown source id "NOT-A-SOURCE"/);
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
