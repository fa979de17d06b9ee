/** The license channel named at the end of slmgr's Description line, and what it means. */
export type ChannelKind = 'retail' | 'oem' | 'volume-mak' | 'volume-kms-client' | 'volume-kms-host' | 'evaluation' | 'unknown';

export function channelKind(token: string): ChannelKind {
  const t = token.toUpperCase();
  if (t === 'RETAIL' || t.startsWith('RETAIL')) return 'retail';
  if (t.startsWith('OEM')) return 'oem';
  if (t === 'VOLUME_MAK') return 'volume-mak';
  if (t === 'VOLUME_KMSCLIENT') return 'volume-kms-client';
  if (t.startsWith('VOLUME_KMS')) return 'volume-kms-host';
  if (t.includes('EVAL')) return 'evaluation';
  return 'unknown';
}

export interface ChannelFacts {
  isVolume: boolean;
  licenseNote: 'retail' | 'oem' | 'volume' | 'evaluation' | 'unknown';
  sources: string[];
}

/** Facts the page shows for a channel, with the sources that support them. */
export function describeChannel(kind: ChannelKind): ChannelFacts {
  switch (kind) {
    case 'retail':
      return { isVolume: false, licenseNote: 'retail', sources: ['MS-PLAN', 'MS-ADBA'] };
    case 'oem':
      return { isVolume: false, licenseNote: 'oem', sources: ['MS-PLAN', 'MS-F063', 'MSSB-OEM'] };
    case 'volume-mak':
    case 'volume-kms-client':
    case 'volume-kms-host':
      return { isVolume: true, licenseNote: 'volume', sources: ['TN-LICSTATE', 'M365-KEYS', 'MS-PLAN'] };
    case 'evaluation':
      return { isVolume: false, licenseNote: 'evaluation', sources: ['MS-SLMGR'] };
    default:
      return { isVolume: false, licenseNote: 'unknown', sources: [] };
  }
}
