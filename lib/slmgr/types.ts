import type { ChannelKind } from './channels';

/** The data `parseSlmgr` returns (language-neutral: the UI supplies the words), and its limits. */

export type LicenseStatus =
  | 'licensed'
  | 'unlicensed'
  | 'initial-grace'
  | 'additional-grace'
  | 'non-genuine-grace'
  | 'notification'
  | 'extended-grace';

export const licenseStatuses: readonly LicenseStatus[] = [
  'licensed',
  'unlicensed',
  'initial-grace',
  'additional-grace',
  'non-genuine-grace',
  'notification',
  'extended-grace',
];

/** Fields a product can have, for {@link SlmgrProduct.recognised}. */
export type SlmgrField =
  | 'name'
  | 'description'
  | 'channel'
  | 'partialKey'
  | 'status'
  | 'notificationReason'
  | 'kmsExpiration'
  | 'remaining'
  | 'kmsCurrentCount';

/**
 * How a field was found:
 * - 'label': a label printed by slmgr.vbs (English), or the confirmed Japanese 「説明」;
 * - 'guessed-label': a Japanese label that is likely but not confirmed from a real sample;
 * - 'pattern': no known label; recognised from the shape of the value (for example
 *   ", OEM_DM channel" or a five-character key next to a label containing 「キー」).
 */
export type Recognition = 'label' | 'guessed-label' | 'pattern';

export interface SlmgrProduct {
  /** "Windows(R), Professional edition" — as printed, control characters removed. */
  name?: string;
  /** "Windows(R) Operating System, OEM_DM channel" — as printed. */
  description?: string;
  channel: ChannelKind;
  /** The token as printed, upper case: "VOLUME_MAK", or the /dlv value "VOLUME:MAK". */
  channelToken?: string;
  /** The last five characters of the installed key: exactly 5 of A–Z, 0–9. */
  partialKey?: string;
  status?: LicenseStatus;
  /** The status text as printed, e.g. "Non-genuine grace period." or 「ライセンスされています」. */
  statusRaw?: string;
  /** The HRESULT after "Notification Reason:", normalised to "0xC004F009". */
  notificationReason?: string;
  /** Which reason slmgr named: grace time expired (0xC004F009), non-genuine (0xC004F200), or other. */
  notificationReasonKind?: 'grace-time-expired' | 'non-genuine' | 'other';
  /** "Volume activation expiration: N minute(s)" — minutes until a KMS/AD activation expires. */
  kmsExpirationMinutes?: number;
  /** "Time remaining:" in a grace period, or "Timebased activation expiration:", in minutes. */
  remainingMinutes?: number;
  /** KMS host: "Current count:". */
  kmsCurrentCount?: number;
  /** true when a partial key is shown; false when slmgr says "This license is not in use." */
  inUse?: boolean;
  /** The name or description mentions Windows (false for Office and other products). */
  isWindows: boolean;
  /** For each field found, how it was recognised. */
  recognised: Partial<Record<SlmgrField, Recognition>>;
}

/** What one /xpr line says. */
export type XprState =
  | 'permanent'
  | 'volume-expires'
  | 'timebased-expires'
  | 'initial-grace'
  | 'additional-grace'
  | 'non-genuine-grace'
  | 'extended-grace'
  | 'notification'
  | 'unlicensed';

export interface XprLine {
  /** The product name printed on the line before ("Windows(R), Professional edition"). */
  name?: string;
  state: XprState;
  /** The date as printed, in the PC's own format ("5/12/2026 10:15:32 AM", "2026/05/12 10:15:32"). */
  date?: string;
  recognised: Recognition;
}

/**
 * Codes in {@link SlmgrResult} `notes`:
 * - 'truncated': the input was longer than {@link maxInputLength}; only the start was read.
 * - 'multiple-products': more than one product (/dli all, /dlv all, Windows and Office).
 * - 'unused-licenses': some products are listed with "This license is not in use."
 * - 'ja-labels': Japanese labels were seen.
 * - 'guessed-labels': some fields were read from unconfirmed Japanese labels.
 * - 'pattern-fields': some fields were found without any known label.
 * - 'detailed': /dlv fields were seen (Activation ID, Installation ID, …).
 * - 'kms-host': this machine is a KMS host.
 * - 'xpr': /xpr output was seen.
 * - 'ospp': Office's ospp.vbs /dstatus output was seen.
 * - 'keys-masked': full product keys were found and masked (count in `maskedKeys`).
 * - 'too-many-products': more than {@link maxProducts} products; the rest were dropped.
 */
export type SlmgrNote =
  | 'truncated'
  | 'multiple-products'
  | 'unused-licenses'
  | 'ja-labels'
  | 'guessed-labels'
  | 'pattern-fields'
  | 'detailed'
  | 'kms-host'
  | 'xpr'
  | 'ospp'
  | 'keys-masked'
  | 'too-many-products';

export type SlmgrResult =
  | {
      kind: 'ok';
      products: SlmgrProduct[];
      /** /xpr: true if the (first) product is permanently activated, false if it expires or is in grace. */
      permanent?: boolean;
      /** /xpr: the date of the first "will expire" / "ends" line, as printed. */
      expires?: string;
      /** /xpr lines, in order. */
      xpr?: XprLine[];
      notes: SlmgrNote[];
      /** How many full product keys were masked before reading. */
      maskedKeys: number;
    }
  | { kind: 'not-slmgr'; maskedKeys: number }
  | { kind: 'empty' };

/** Only the first 20,000 characters are read; longer input gets the note 'truncated'. */
export const maxInputLength = 20_000;
/** At most this many products are returned. */
export const maxProducts = 100;
