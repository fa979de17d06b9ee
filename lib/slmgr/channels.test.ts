import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelKind, channelKinds, describeChannel, knownChannelTokens } from './channels';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sourcesFile = `${root}content/sources.json`;

describe('channelKind', () => {
  it.each([
    ['RETAIL', 'retail'],
    ['OEM_DM', 'oem'],
    ['OEM_SLP', 'oem'],
    ['OEM_COA_NSLP', 'oem'],
    ['OEM_COA_SLP', 'oem'],
    ['OEM_NONSLP', 'oem'],
    ['VOLUME_MAK', 'volume-mak'],
    ['VOLUME_KMSCLIENT', 'volume-kms-client'],
    ['VOLUME_KMS_C', 'volume-kms-host'],
    ['VOLUME_KMS_B', 'volume-kms-host'],
    ['TIMEBASED_EVAL', 'evaluation'],
    // /dlv "Product Key Channel:" values on newer builds
    ['Retail', 'retail'],
    ['OEM:DM', 'oem'],
    ['OEM:NONSLP', 'oem'],
    ['Volume:MAK', 'volume-mak'],
    ['Volume:GVLK', 'volume-kms-client'],
    ['Volume:CSVLK', 'volume-kms-host'],
    ['Retail:TB:Eval', 'evaluation'],
    // not channels we know
    ['', 'unknown'],
    ['RETAILER', 'unknown'],
    ['OEMX', 'unknown'],
    ['VOLUME_MAKER', 'unknown'],
    ['PREPAID', 'unknown'],
  ])('%j is %s', (token, kind) => {
    expect(channelKind(token)).toBe(kind);
  });

  it('agrees with the list of known tokens', () => {
    for (const t of knownChannelTokens) expect(channelKind(t.token), t.token).toBe(t.kind);
  });

  it('classifies like slmgr.vbs: VOLUME_KMSCLIENT is a client, other VOLUME_KMS* a host', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9_]{0,8}$/).filter((s) => !s.includes('EVAL')), (suffix) => {
        const kind = channelKind(`VOLUME_KMS${suffix}`);
        expect(kind).toBe(suffix.startsWith('CLIENT') && !/^CLIENT[A-Z0-9]/.test(suffix) ? 'volume-kms-client' : 'volume-kms-host');
      }),
    );
  });

  it('always returns a known kind', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => channelKinds.includes(channelKind(s))));
  }, 60_000); // fast-check builds its full-Unicode tables on first use: slow on a busy machine.
});

describe('describeChannel', () => {
  it('gives the licence note and volume flag for each kind', () => {
    expect(channelKinds.map((k) => [k, describeChannel(k).isVolume, describeChannel(k).licenseNote])).toEqual([
      ['retail', false, 'retail'],
      ['oem', false, 'oem'],
      ['volume-mak', true, 'volume'],
      ['volume-kms-client', true, 'volume'],
      ['volume-kms-host', true, 'volume'],
      ['evaluation', false, 'evaluation'],
      ['unknown', false, 'unknown'],
    ]);
  });

  it('cites sources for every known kind', () => {
    for (const k of channelKinds) {
      if (k === 'unknown') expect(describeChannel(k).sources).toEqual([]);
      else expect(describeChannel(k).sources.length, k).toBeGreaterThan(0);
    }
    expect(describeChannel('volume-kms-client').sources).toContain('TN-LICSTATE');
    expect(describeChannel('oem').sources).toContain('MS-F063');
  });

  it('returns a fresh object each time', () => {
    describeChannel('retail').sources.push('X');
    expect(describeChannel('retail').sources).not.toContain('X');
  });

  const cited = [...channelKinds.flatMap((k) => describeChannel(k).sources), ...knownChannelTokens.flatMap((t) => t.sources)];

  it('cites only ids in content/sources.json, each with a URL', () => {
    const sources = JSON.parse(readFileSync(sourcesFile, 'utf8')) as { id: string; url?: string }[];
    expect(cited.length).toBeGreaterThan(0);
    for (const tag of cited) expect(sources.find((s) => s.id === tag)?.url, tag).toMatch(/^https:\/\//);
  });
});
