import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelKinds, keyMask, licenseStatuses, maxInputLength, parseSlmgr, type SlmgrProduct, type SlmgrResult } from './index';
import { parseSlmgrUnchecked } from './parse';
import { sampleIds, samples, type SlmgrSample } from './__fixtures__/samples';

type Ok = Extract<SlmgrResult, { kind: 'ok' }>;

function ok(text: string): Ok {
  const r = parseSlmgr(text);
  if (r.kind !== 'ok') throw new Error(`expected slmgr output, got ${r.kind}`);
  return r;
}
const only = (text: string): SlmgrProduct => {
  const r = ok(text);
  expect(r.products).toHaveLength(1);
  return r.products[0]!;
};

/** A key-shaped string made at run time from five groups, so no key literal sits in the source. */
const makeKey = (groups: string[], sep = '-') => groups.join(sep);
const testKey = () => makeKey(['Q7W9R', 'T2Y4U', 'P6K8M', 'N3B5V', 'C1X0Z']);

/** Deterministic pseudo-random text (no Node APIs needed). */
function noise(length: number, seed = 1, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 :-.,\n\t　あいうえおアイウエオ説明名前：（）'): string {
  let x = seed >>> 0;
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(alphabet[x % alphabet.length]!);
  }
  return out.join('');
}

describe('samples', () => {
  const list = sampleIds.map((id) => [id, samples[id]] as [string, SlmgrSample]);

  it('there are enough, in both languages, from Microsoft and constructed', () => {
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.some(([, s]) => s.lang === 'ja')).toBe(true);
    expect(list.some(([, s]) => s.origin === 'microsoft-docs')).toBe(true);
    // Real output posted in public carries its URL; constructed samples are labelled as such.
    expect(list.some(([, s]) => s.origin === 'public-report' && s.url?.startsWith('https://'))).toBe(true);
    for (const [id, s] of list) expect(s.origin === 'public-report', id).toBe(Boolean(s.url));
    expect(new Set(list.map(([, s]) => s.windows))).toEqual(new Set(['7', '8.1', '10', '11', 'Server 2008 R2']));
    const channels = new Set(list.flatMap(([, s]) => s.expected.products.map((p) => p.channel)));
    for (const kind of channelKinds.filter((k) => k !== 'unknown')) expect(channels, kind).toContain(kind);
    const tokens = new Set(list.flatMap(([, s]) => s.expected.products.map((p) => p.channelToken)));
    for (const t of ['RETAIL', 'OEM_DM', 'OEM_SLP', 'VOLUME_MAK', 'VOLUME_KMSCLIENT', 'VOLUME_KMS_C', 'TIMEBASED_EVAL']) expect(tokens, t).toContain(t);
    const statuses = new Set(list.flatMap(([, s]) => s.expected.products.map((p) => p.status)));
    for (const st of licenseStatuses.filter((s) => s !== 'extended-grace')) expect(statuses, st).toContain(st);
    expect(list.some(([, s]) => s.command === '/xpr' && s.lang === 'ja')).toBe(true);
    expect(list.some(([, s]) => s.command === '/dlv')).toBe(true);
    expect(list.some(([, s]) => s.expected.products.length > 1 && s.expected.products.some((p) => p.isWindows === false))).toBe(true);
  });

  it('the Microsoft KMS client sample is quoted as in the facts file', () => {
    const head = samples.win7KmsClientDli.text.split('\n').slice(0, 5).join('\n');
    expect(head).toBe(
      [
        'Name: Windows(R) 7, Enterprise edition',
        'Description: Windows Operating System - Windows(R) 7, VOLUME_KMSCLIENT channel',
        'Partial Product Key: DVQ7P',
        'License Status: Licensed',
        'Volume activation expiration: 243720 minute(s) (169 day(s))',
      ].join('\n'),
    );
  });

  it.each(list)('%s parses to the expected products', (_, sample) => {
    const r = ok(sample.text);
    const { expected } = sample;
    expect(r.products).toHaveLength(expected.products.length);
    expected.products.forEach((p, i) => expect(r.products[i], `product ${i + 1}`).toMatchObject(p));
    for (const p of r.products) {
      if (p.partialKey !== undefined) expect(p.partialKey).toMatch(/^[A-Z0-9]{5}$/);
    }
    if (expected.xpr) expect(r.xpr).toMatchObject(expected.xpr);
    else expect(r.xpr).toBeUndefined();
    expect(r.permanent).toBe(expected.permanent);
    expect(r.expires).toBe(expected.expires);
    for (const n of expected.notes ?? []) expect(r.notes).toContain(n);
    expect(r.maskedKeys).toBe(0);
    expect(r.notes.includes('multiple-products')).toBe(expected.products.length > 1);
  });

  it.each(list)('%s parses the same with CRLF line ends, full-width colons and extra indentation', (_, sample) => {
    const variant = sample.text
      .split('\n')
      .map((l) => `  ${l.replace(/: /, '： ')}  `)
      .join('\r\n');
    const a = ok(sample.text);
    const b = ok(variant);
    expect(b.products.map((p) => [p.channel, p.partialKey, p.status])).toEqual(a.products.map((p) => [p.channel, p.partialKey, p.status]));
    expect(b.permanent).toBe(a.permanent);
  });
});

describe('parseSlmgr fields', () => {
  it('maps every License Status line of slmgr.vbs', () => {
    const lines: [string, string][] = [
      ['License Status: Licensed', 'licensed'],
      ['License Status: Unlicensed', 'unlicensed'],
      ['License Status: Initial grace period', 'initial-grace'],
      ['License Status: Additional grace period (KMS license expired or hardware out of tolerance)', 'additional-grace'],
      ['License Status: Non-genuine grace period.', 'non-genuine-grace'],
      ['License Status: Notification', 'notification'],
      ['License Status: Extended grace period', 'extended-grace'],
    ];
    for (const [line, status] of lines) {
      const p = only(`Description: Windows(R) Operating System, RETAIL channel\n${line}`);
      expect(p.status, line).toBe(status);
      expect(p.statusRaw).toBe(line.slice('License Status: '.length));
    }
  });

  it('maps Japanese status words (guessed)', () => {
    const words: [string, string][] = [
      ['ライセンスされています', 'licensed'],
      ['ライセンスされていません', 'unlicensed'],
      ['初期猶予期間', 'initial-grace'],
      ['追加の猶予期間 (KMS ライセンスの有効期限切れまたはハードウェアの許容範囲外)', 'additional-grace'],
      ['非正規猶予期間', 'non-genuine-grace'],
      ['通知', 'notification'],
      ['延長猶予期間', 'extended-grace'],
    ];
    for (const [word, status] of words) {
      const p = only(`説明: Windows(R) Operating System, OEM_DM channel\nライセンスの状態: ${word}`);
      expect(p.status, word).toBe(status);
      expect(p.recognised.status).toBe('guessed-label');
    }
  });

  it('reads Japanese expiry minutes from a guessed label, or from the minutes-and-days shape', () => {
    const head = '説明: Windows(R) Operating System, VOLUME_KMSCLIENT channel\nライセンスの状態: ライセンスされています';
    expect(only(`${head}\nボリューム ライセンス認証の有効期限: 243720 分 (169 日)`)).toMatchObject({
      kmsExpirationMinutes: 243720,
      recognised: { kmsExpiration: 'guessed-label' },
    });
    const p = only(`${head}\nライセンス認証の間隔: 120 分\n更新の間隔: 10080 分\n知らない期限: 259200 分 (180 日)`);
    expect(p).toMatchObject({ kmsExpirationMinutes: 259200, recognised: { kmsExpiration: 'pattern' } });
    expect(p.remainingMinutes).toBeUndefined();
    const grace = only('説明: Windows(R) Operating System, VOLUME_MAK channel\nライセンスの状態: 初期猶予期間\n残り: 43020 分 (30 日)');
    expect(grace).toMatchObject({ status: 'initial-grace', remainingMinutes: 43020 });
  });

  it('notes Japanese labels only when they were used', () => {
    expect(ok(`${samples.win7MakDli.text}\n注意: これはメモです`).notes).not.toContain('ja-labels');
    expect(ok(samples.win7MakDliJa.text).notes).toContain('ja-labels');
    expect(ok(samples.win7MakDli.text).notes).toEqual([]);
  });

  it('keeps an unknown status as raw text only', () => {
    const p = only('Description: Windows(R) Operating System, RETAIL channel\nLicense Status: Unknown');
    expect(p.status).toBeUndefined();
    expect(p.statusRaw).toBe('Unknown');
  });

  it('reads the notification reason and its kind', () => {
    expect(only(samples.win7MakGraceExpired.text)).toMatchObject({ notificationReason: '0xC004F009', notificationReasonKind: 'grace-time-expired' });
    expect(only(samples.win7KmsNonGenuineDlv.text)).toMatchObject({ notificationReason: '0xC004F200', notificationReasonKind: 'non-genuine' });
    const other = only('Description: Windows(R) Operating System, RETAIL channel\nLicense Status: Notification\nNotification Reason: 0xC004F034.');
    expect(other).toMatchObject({ notificationReason: '0xC004F034', notificationReasonKind: 'other' });
    const ja = only('説明: Windows(R) Operating System, RETAIL channel\nライセンスの状態: 通知\n通知の理由: 0xC004F009 (猶予期間の終了)。');
    expect(ja).toMatchObject({ status: 'notification', notificationReason: '0xC004F009', notificationReasonKind: 'grace-time-expired' });
  });

  it('accepts "Channel" in any case and the /dlv Product Key Channel alone', () => {
    expect(only('Description: Windows(R) Operating System, OEM_DM Channel').channel).toBe('oem');
    expect(only('Description: Windows(R) Operating System, VOLUME_MAK CHANNEL').channel).toBe('volume-mak');
    const p = only('Name: Windows(R), Professional edition\nProduct Key Channel: Volume:MAK\nPartial Product Key: 3V66T');
    expect(p).toMatchObject({ channel: 'volume-mak', channelToken: 'VOLUME:MAK', recognised: { channel: 'label' } });
  });

  it('keeps an unfamiliar channel token as unknown, with the token', () => {
    const p = only('Description: Windows(R) Operating System, PREPAID_SPECIAL channel\nLicense Status: Licensed');
    expect(p).toMatchObject({ channel: 'unknown', channelToken: 'PREPAID_SPECIAL', status: 'licensed' });
  });

  it('does not take a partial key from a full (masked) key or a longer value', () => {
    const key = testKey();
    const r = ok(`Description: Windows(R) Operating System, RETAIL channel\nPartial Product Key: ${key}`);
    expect(r.products[0]!.partialKey).toBeUndefined();
    expect(r.maskedKeys).toBe(1);
    expect(only('Description: Windows(R) Operating System, RETAIL channel\nPartial Product Key: 3V66TX').partialKey).toBeUndefined();
  });

  it('upper-cases a partial key typed in lower case or full width', () => {
    expect(only('Description: Windows(R) Operating System, RETAIL channel\nPartial Product Key: 3v66t').partialKey).toBe('3V66T');
    expect(only('説明：Windows(R) Operating System, RETAIL channel\n部分プロダクト キー：３Ｖ６６Ｔ').partialKey).toBe('3V66T');
  });

  it('does not mistake KMS intervals or request counters for fields', () => {
    const p = only(samples.win7KmsClientDli.text);
    expect(p.remainingMinutes).toBeUndefined();
    expect(p.kmsCurrentCount).toBeUndefined();
    const host = only(samples.serverKmsHostDli.text);
    expect(host.kmsCurrentCount).toBe(2);
    expect(host.status).toBe('licensed');
  });

  it('ignores slmgr warnings that repeat the description', () => {
    const text = [
      'Warning: SLMGR was not able to validate the current product key for Windows. Please upgrade to the latest service pack.',
      'Processing the license for Windows(R) Operating System, VOLUME_KMSCLIENT channel (ae2ee509-1b34-41c0-acb7-6d4650168915).',
      samples.win7KmsClientDli.text,
    ].join('\n');
    expect(ok(text).products).toHaveLength(1);
  });

  it('reads /xpr in both Japanese wordings, and Unlicensed after a product name', () => {
    for (const word of ['永久的', '永続的']) {
      expect(ok(`Windows(R), Professional edition:\n    コンピューターは${word}にライセンス認証されています。`).permanent).toBe(true);
    }
    const r = ok('Windows(R), Professional edition:\n    Unlicensed');
    expect(r.xpr).toEqual([{ name: 'Windows(R), Professional edition', state: 'unlicensed', recognised: 'label' }]);
    expect(r.permanent).toBe(false);
    expect(ok('Windows(R), Enterprise edition:\n    Windows is in Notification mode').xpr?.[0]?.state).toBe('notification');
    expect(ok('Windows(R), ServerStandardEval edition:\n    Timebased activation will expire 8/1/2026 9:00:00 AM').expires).toBe('8/1/2026 9:00:00 AM');
    expect(ok('Windows(R) 7, Professional edition:\n    Non-genuine grace period ends 6/1/2013 9:00:00 AM').xpr?.[0]?.state).toBe('non-genuine-grace');
  });

  it('combines /dli and /xpr pasted together', () => {
    const r = ok(`${samples.win7MakDli.text}\n\n${samples.xprPermanentEn.text}`);
    expect(r.products).toHaveLength(1);
    expect(r.permanent).toBe(true);
    expect(r.xpr?.[0]?.name).toBe('Windows(R), Professional edition');
  });

  it('splits products even when names are missing, on a repeated field', () => {
    const text = [
      'Description: Windows(R) Operating System, RETAIL channel',
      'Partial Product Key: 8HVX7',
      'Description: Office 16, VOLUME_KMSCLIENT channel',
      'Partial Product Key: WFG99',
    ].join('\n');
    const r = ok(text);
    expect(r.products.map((p) => [p.channel, p.partialKey, p.isWindows])).toEqual([
      ['retail', '8HVX7', true],
      ['volume-kms-client', 'WFG99', false],
    ]);
  });

  it('finds the channel on a bare Description line with no label', () => {
    const p = only('Windows(R) Operating System, OEM_DM channel');
    expect(p).toMatchObject({ channel: 'oem', recognised: { channel: 'pattern' } });
  });

  it('removes control and bidi-override characters from printed text', () => {
    const p = only('Name: Windows(R)\u202e, Pro\u0007fessional edition\nDescription: Windows(R) Operating System, RETAIL channel');
    expect(p.name).toBe('Windows(R), Professional edition');
  });

  it('caps the number of products', () => {
    const r = ok(samples.win7MakDli.text.concat('\n\n').repeat(150));
    expect(r.products.length).toBeLessThanOrEqual(100);
    expect(r.notes).toContain('too-many-products');
  });
});

describe('parseSlmgr on other text', () => {
  it.each([
    ['an English paragraph', 'The quick brown fox jumps over the lazy dog. Activation is a check with Microsoft; a license is a right. Buying through the retail channel is common.'],
    ['Japanese prose', 'ライセンス認証について質問です。オークションでプロダクトキーだけを買いました。説明してください。名前は伏せます。'],
    ['JSON', '{"name":"Windows","description":"Windows(R) Operating System","status":"Licensed"}'],
    ['HTML with a script', '<script>alert(1)</script><p>Name: <b>x</b></p><p>Description: y</p>'],
    ['a slmgr error only', 'Error: 0xC004C003 The activation server determined the specified product key is blocked'],
    ['key/value noise', 'Name: x\nDescription: y\nStatus: z\nKey: 12345'],
    ['Markdown', '# Title\n\n- Name: value\n- **License**: MIT'],
  ])('%s is not slmgr output', (_, text) => {
    expect(parseSlmgr(text)).toEqual({ kind: 'not-slmgr', maskedKeys: 0 });
  });

  it.each([[''], ['   '], ['\n\r\n\t　']])('blank text %j is empty', (text) => {
    expect(parseSlmgr(text)).toEqual({ kind: 'empty' });
  });

  it('a lone key is not slmgr output, but is counted', () => {
    expect(parseSlmgr(`my key is ${testKey()}`)).toEqual({ kind: 'not-slmgr', maskedKeys: 1 });
  });

  it('handles non-string input without throwing', () => {
    expect(parseSlmgr(undefined as unknown as string).kind).toBe('empty');
    expect(parseSlmgr(42 as unknown as string).kind).toBe('not-slmgr');
  });

  // Parsing takes well under 200 ms here; the bounds are generous for a busy test machine.
  it('a megabyte of random text is rejected quickly', () => {
    const text = noise(1_000_000);
    const t0 = performance.now();
    const r = parseSlmgr(text);
    expect(performance.now() - t0).toBeLessThan(2500);
    expect(['not-slmgr', 'ok']).toContain(r.kind);
    if (r.kind === 'ok') expect(r.notes).toContain('truncated');
  }, 20_000);

  it.each([
    ['repeated labels', 'Name: x\n'.repeat(140_000)],
    ['one long line', 'A'.repeat(1_000_000)],
    ['hyphenated groups', 'ABCDE-'.repeat(200_000)],
    ['spaces and dashes', ' - '.repeat(300_000)],
    ['colons', ':'.repeat(1_000_000)],
    ['channel words', ', RETAIL channel'.repeat(60_000)],
  ])('pathological input (%s) is handled quickly', (_, text) => {
    const t0 = performance.now();
    const r = parseSlmgr(text);
    expect(performance.now() - t0).toBeLessThan(2500);
    expect(['not-slmgr', 'ok']).toContain(r.kind);
  }, 20_000);

  it('reads only the first 20,000 characters and says so', () => {
    const text = `${samples.win7MakDli.text}\n${noise(50_000, 7)}\n${samples.win10RetailDlv.text}`;
    const r = ok(text);
    expect(maxInputLength).toBe(20_000);
    expect(r.notes).toContain('truncated');
    expect(r.products[0]).toMatchObject({ channel: 'volume-mak', partialKey: '3V66T' });
    expect(r.products.some((p) => p.partialKey === '8HVX7')).toBe(false);
  });

  it('masks keys even past the cut-off point', () => {
    const r = ok(`${samples.win7MakDli.text}\n${'.'.repeat(30_000)}\n${testKey()}`);
    expect(r.maskedKeys).toBe(1);
    expect(r.notes).toEqual(expect.arrayContaining(['truncated', 'keys-masked']));
  });
});

describe('parseSlmgr and product keys', () => {
  it('reports and drops a pasted key', () => {
    const key = testKey();
    const r = ok(`slmgr /ipk ${key}\nInstalled product key ${key} successfully.\n${samples.win7MakDli.text}`);
    expect(r.maskedKeys).toBe(2);
    expect(r.notes).toContain('keys-masked');
    expect(JSON.stringify(r)).not.toContain(key);
    expect(JSON.stringify(r)).not.toContain(key.replace(/-/g, ''));
  });

  it('drops a key hidden inside a field value', () => {
    const key = makeKey(['ab1cd', 'ef2gh', 'jk3lm', 'np4qr', 'st5vw'], ' – ');
    const r = ok(`Name: Windows(R), Professional edition ${key}\nDescription: Windows(R) Operating System, RETAIL channel`);
    expect(r.products[0]!.name).toBe(`Windows(R), Professional edition ${keyMask}`);
    expect(r.maskedKeys).toBe(1);
  });

  it('never returns any of the key characters in a row, for any generated key and sample', () => {
    const group = fc.stringMatching(/^[A-Z0-9]{5}$/);
    fc.assert(
      fc.property(fc.array(group, { minLength: 5, maxLength: 5 }), fc.constantFrom(...sampleIds), fc.nat(), (groups, id, at) => {
        const key = groups.join('-');
        const text = samples[id].text;
        const i = at % (text.length + 1);
        const r = parseSlmgr(`${text.slice(0, i)} ${key} ${text.slice(i)}`);
        const json = JSON.stringify(r);
        expect(json.includes(groups.join(''))).toBe(false);
        expect(json.includes(key)).toBe(false);
      }),
    );
  }, 60_000);
});

describe('parseSlmgr never throws', () => {
  const check = (s: string) => {
    const r = parseSlmgrUnchecked(s);
    expect(['ok', 'not-slmgr', 'empty']).toContain(r.kind);
    if (r.kind === 'ok') {
      for (const p of r.products) {
        expect(channelKinds).toContain(p.channel);
        if (p.partialKey !== undefined) expect(p.partialKey).toMatch(/^[A-Z0-9]{5}$/);
        if (p.status !== undefined) expect(licenseStatuses).toContain(p.status);
        if (p.kmsExpirationMinutes !== undefined) expect(Number.isSafeInteger(p.kmsExpirationMinutes)).toBe(true);
      }
      expect(r.products.length > 0 || (r.xpr?.length ?? 0) > 0).toBe(true);
    }
  };

  it('on arbitrary Unicode strings (without the safety net)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 500 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), check), { numRuns: 300 });
  }, 60_000); // fast-check builds its full-Unicode tables on first use: slow on a busy machine.

  it('on shuffled and mutated slmgr lines', () => {
    const pool = [...new Set(sampleIds.flatMap((id) => samples[id].text.split('\n')))];
    const line = fc.oneof(fc.constantFrom(...pool), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('', '----------', '：', ':'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => check(lines.join(eol))),
      { numRuns: 500 },
    );
  }, 60_000);
});
