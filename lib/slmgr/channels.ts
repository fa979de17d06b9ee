/**
 * License channels as slmgr names them.
 *
 * `slmgr /dli` prints a Description that ends in "…, <CHANNEL> channel" (for example
 * "Windows Operating System - Windows(R) 7, VOLUME_KMSCLIENT channel"). The token stays in
 * English on Japanese Windows too. Newer builds also print "Product Key Channel:" in /dlv,
 * with values such as "Retail" or "Volume:MAK". Both are mapped here to a small set of kinds.
 *
 * slmgr.vbs itself classifies the same way: a Description containing "VOLUME_KMSCLIENT" is a
 * KMS client, any other "VOLUME_KMS…" a KMS host, and "TIMEBASED_…" a time-based licence
 * [SLMGR-VBS].
 */
export type ChannelKind = 'retail' | 'oem' | 'volume-mak' | 'volume-kms-client' | 'volume-kms-host' | 'evaluation' | 'unknown';

export const channelKinds: readonly ChannelKind[] = ['retail', 'oem', 'volume-mak', 'volume-kms-client', 'volume-kms-host', 'evaluation', 'unknown'];

/** Confidence in the facts dossier: H = Microsoft primary source, M = secondary, L = community. */
export interface KnownChannelToken {
  token: string;
  kind: ChannelKind;
  /** What the token means, in English (the UI translates through `kind`). */
  meaning: string;
  sources: string[];
  confidence: 'H' | 'M' | 'L';
}

/** Channel tokens seen in real slmgr output, with where that is documented (facts §4). */
export const knownChannelTokens: readonly KnownChannelToken[] = [
  { token: 'RETAIL', kind: 'retail', meaning: 'retail (boxed or downloaded) key', sources: ['MS-ADBA'], confidence: 'H' },
  { token: 'OEM_DM', kind: 'oem', meaning: 'OEM digital marker in firmware (Windows 8 and later)', sources: ['JP-MYNAVI'], confidence: 'M' },
  { token: 'OEM_SLP', kind: 'oem', meaning: 'OEM system-locked preinstallation (BIOS-locked)', sources: ['MS-F063'], confidence: 'H' },
  { token: 'OEM_COA_NSLP', kind: 'oem', meaning: 'OEM certificate-of-authenticity key, not system-locked', sources: [], confidence: 'L' },
  { token: 'OEM_COA_SLP', kind: 'oem', meaning: 'OEM certificate-of-authenticity key, system-locked', sources: [], confidence: 'L' },
  { token: 'OEM_NONSLP', kind: 'oem', meaning: 'OEM key, not system-locked', sources: [], confidence: 'L' },
  { token: 'VOLUME_MAK', kind: 'volume-mak', meaning: 'volume licensing, Multiple Activation Key', sources: ['TN-LICSTATE'], confidence: 'M' },
  { token: 'VOLUME_KMSCLIENT', kind: 'volume-kms-client', meaning: 'volume licensing, KMS client (public setup key, GVLK)', sources: ['TN-LICSTATE', 'MS-ADBA'], confidence: 'H' },
  { token: 'VOLUME_KMS_C', kind: 'volume-kms-host', meaning: 'volume licensing, KMS host key (CSVLK)', sources: ['TN-LICSTATE'], confidence: 'H' },
  { token: 'TIMEBASED_EVAL', kind: 'evaluation', meaning: 'time-limited evaluation copy', sources: [], confidence: 'L' },
];

/**
 * Maps a channel token to its kind. Accepts the Description token ("VOLUME_MAK"), the
 * /dlv "Product Key Channel" value ("Volume:MAK", "OEM:DM", "Retail"), any case.
 */
export function channelKind(token: string): ChannelKind {
  const t = String(token ?? '')
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
  if (!t) return 'unknown';
  // Evaluation first: "TIMEBASED_EVAL", and the /dlv form "Retail:TB:Eval".
  if (/EVAL/.test(t)) return 'evaluation';
  if (/^RETAIL(?![A-Z0-9])/.test(t)) return 'retail';
  if (/^OEM(?![A-Z0-9])/.test(t)) return 'oem';
  if (/^VOLUME[_:]MAK(?![A-Z0-9])/.test(t)) return 'volume-mak';
  // Client before host: "VOLUME_KMSCLIENT" also starts with "VOLUME_KMS". GVLK = KMS client setup key.
  if (/^VOLUME[_:](KMSCLIENT|GVLK)(?![A-Z0-9])/.test(t)) return 'volume-kms-client';
  if (/^VOLUME[_:](KMS|CSVLK)/.test(t)) return 'volume-kms-host';
  return 'unknown';
}

export interface ChannelFacts {
  /** The key belongs to a Volume Licensing agreement (MAK, KMS client or KMS host). */
  isVolume: boolean;
  /** Which licence explanation the UI should show. */
  licenseNote: 'retail' | 'oem' | 'volume' | 'evaluation' | 'unknown';
  /** Source tags from the facts dossier (section 8) that back the explanation. */
  sources: string[];
}

/**
 * Structured facts the UI shows for a channel; the UI supplies the words in each language.
 * - retail: one key per copy, may be moved to another PC of the owner's [MS-PLAN]; the RETAIL
 *   token is how MS tells a retail key apart [MS-ADBA]; retail activation is permanent [MS-SLMGR].
 * - oem: tied to the PC it shipped with [MS-PLAN][MSSB-OEM]; OEM_SLP [MS-F063], OEM_DM [JP-MYNAVI].
 * - volume: keys are for the licensed organisation only [M365-KEYS]; desktop VL is an upgrade
 *   licence [MS-PLAN]; MAK activations are counted [MS-ACT]; KMS clients use a public GVLK
 *   [MS-GVLK] and renew every 180 days [MS-ACT]; samples in [TN-LICSTATE].
 * - evaluation: a time-based licence, as slmgr.vbs labels it [SLMGR-VBS].
 */
export function describeChannel(kind: ChannelKind): ChannelFacts {
  switch (kind) {
    case 'retail':
      return { isVolume: false, licenseNote: 'retail', sources: ['MS-PLAN', 'MS-ADBA', 'MS-SLMGR'] };
    case 'oem':
      return { isVolume: false, licenseNote: 'oem', sources: ['MS-PLAN', 'MSSB-OEM', 'MS-F063', 'JP-MYNAVI'] };
    case 'volume-mak':
      return { isVolume: true, licenseNote: 'volume', sources: ['MS-PLAN', 'M365-KEYS', 'MS-ACT', 'MS-SLMGR'] };
    case 'volume-kms-client':
      return { isVolume: true, licenseNote: 'volume', sources: ['TN-LICSTATE', 'MS-ADBA', 'MS-GVLK', 'MS-ACT', 'M365-KEYS'] };
    case 'volume-kms-host':
      return { isVolume: true, licenseNote: 'volume', sources: ['TN-LICSTATE', 'MS-ACT', 'M365-KEYS'] };
    case 'evaluation':
      return { isVolume: false, licenseNote: 'evaluation', sources: ['SLMGR-VBS'] };
    default:
      return { isVolume: false, licenseNote: 'unknown', sources: [] };
  }
}
