import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeChannel, keyMask, maskProductKeys, parseSlmgr } from './index';
import { samples } from './samples';

const first = (text: string) => {
  const r = parseSlmgr(text);
  if (r.kind !== 'ok') throw new Error(`not parsed: ${r.kind}`);
  return r.products[0]!;
};

describe('parseSlmgr on slmgr output', () => {
  it.each([
    ['Windows 7 KMS client (Microsoft sample)', samples.win7KmsClientEn, 'volume-kms-client', 'DVQ7P', 'licensed'],
    ['Windows 7 MAK, English', samples.win7MakEn, 'volume-mak', '3V66T', 'licensed'],
    ['Windows 7 MAK, Japanese', samples.win7MakJa, 'volume-mak', '3V66T', 'licensed'],
    ['Windows 10 retail /dlv', samples.win10RetailDlvEn, 'retail', '8HVX7', 'licensed'],
    ['Windows 11 OEM_DM, Japanese', samples.win11OemJa, 'oem', '3V7TT', 'licensed'],
    ['Windows 8.1 OEM_SLP', samples.win81OemSlpEn, 'oem', 'HJ6TT', 'licensed'],
    ['Notification state', samples.win7NotificationEn, 'volume-mak', '3V66T', 'notification'],
    ['KMS host', samples.kmsHostEn, 'volume-kms-host', '7QYR3', 'licensed'],
    ['evaluation', samples.evalEn, 'evaluation', '9TRG4', 'initial-grace'],
  ])('%s', (_, text, channel, key, status) => {
    const p = first(text);
    expect(p.channel).toBe(channel);
    expect(p.partialKey).toBe(key);
    expect(p.status).toBe(status);
  });

  it('reads the KMS expiry in minutes and the notification reason', () => {
    expect(first(samples.win7KmsClientEn).kmsExpirationMinutes).toBe(243720);
    expect(first(samples.win7NotificationEn).notificationReason).toContain('0xC004F009');
  });

  it('reads several products from /dli all', () => {
    const r = parseSlmgr(samples.multiEn);
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') {
      expect(r.products.map((p) => p.channel)).toEqual(['retail', 'volume-kms-client']);
      expect(r.products[0]!.isWindows).toBe(true);
      expect(r.notes).toContain('multiple-products');
    }
  });

  it('reads /xpr in English and Japanese', () => {
    for (const text of [samples.xprEn, samples.xprJa]) {
      const r = parseSlmgr(text);
      expect(r.kind === 'ok' && r.permanent).toBe(true);
    }
  });

  it('says what a channel means for the license question', () => {
    expect(describeChannel('volume-mak')).toMatchObject({ isVolume: true, licenseNote: 'volume' });
    expect(describeChannel('retail').isVolume).toBe(false);
  });
});

describe('parseSlmgr on other text', () => {
  it.each([
    ['an English paragraph', 'The quick brown fox jumps over the lazy dog. Activation is a check.'],
    ['Japanese prose', 'ライセンス認証について質問です。キーを買いました。'],
    ['JSON', '{"name":"Windows","description":"x"}'],
    ['HTML', '<script>alert(1)</script><p>Name: <b>x</b></p>'],
  ])('%s is not slmgr output', (_, text) => {
    expect(parseSlmgr(text).kind).toBe('not-slmgr');
  });
  it('empty text is empty', () => {
    expect(parseSlmgr('   ').kind).toBe('empty');
  });
  it('a megabyte of noise is handled quickly and truncated', () => {
    const text = 'Name: x\n'.repeat(140_000);
    const started = Date.now();
    const r = parseSlmgr(text);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(['not-slmgr', 'ok']).toContain(r.kind);
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => typeof parseSlmgr(s).kind === 'string'));
  });
});

describe('maskProductKeys', () => {
  const group = fc.stringMatching(/^[A-Z0-9]{5}$/);
  it('removes any full key, however it is written', () => {
    fc.assert(
      fc.property(fc.array(group, { minLength: 5, maxLength: 5 }), fc.constantFrom('-', ' - ', '–', '－'), fc.boolean(), (groups, sep, lower) => {
        let key = groups.join(sep);
        if (lower) key = key.toLowerCase();
        const { text, found } = maskProductKeys(`slmgr /ipk ${key} done`);
        expect(found).toBe(1);
        expect(text).toBe(`slmgr /ipk ${keyMask} done`);
        expect(text.includes(key)).toBe(false);
      }),
    );
  });
  it('masks full-width keys typed with a Japanese IME', () => {
    const fw = ['ＡＢＣＤ１', 'ＥＦＧＨ２', 'ＪＫＬＭ３', 'ＮＰＱＲ４', 'ＳＴＶＷ５'].join('－');
    expect(maskProductKeys(fw).found).toBe(1);
  });
  it('leaves text without keys unchanged', () => {
    fc.assert(fc.property(fc.string().filter((s) => !/[A-Za-z0-9]{5}/.test(s)), (s) => maskProductKeys(s).text === s));
    expect(maskProductKeys(samples.win7MakEn)).toEqual({ text: samples.win7MakEn, found: 0 });
  });
  it('parseSlmgr reports and drops a pasted key', () => {
    const key = ['Q7W9R', 'T2Y4U', 'P6K8M', 'N3B5V', 'C1X0Z'].join('-');
    const r = parseSlmgr(`${samples.win7MakEn}\nslmgr /ipk ${key}`);
    expect(r.kind === 'ok' && r.maskedKeys).toBe(1);
    expect(JSON.stringify(r)).not.toContain(key);
  });
});
