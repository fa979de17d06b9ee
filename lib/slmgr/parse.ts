import { channelKind, type ChannelKind } from './channels';
import { maskProductKeys } from './mask-key';

/**
 * Reads what `slmgr /dli`, `/dlv` (also with "All") and `/xpr` print, from Windows 7 to 11, in
 * English or Japanese, copied from a console or from the Windows Script Host dialog. Office
 * products listed by /dli all (and `ospp.vbs /dstatus`) are read the same way.
 *
 * English labels are the strings of slmgr.vbs [SLMGR-VBS]. On Japanese Windows only 「説明」
 * (Description) is a confirmed label [JP-MYNAVI]; the other Japanese labels below are guesses.
 * So the parser leans on signals that do not depend on the language — the "<CHANNEL> channel"
 * token (always English), a five-character partial key, the status wording — and each product
 * says, field by field, whether it was read from a known label, a guessed label, or a pattern.
 *
 * The output is language-neutral data; the UI supplies the words. The function never throws,
 * masks full product keys first and never keeps them (see mask-key.ts), and reads at most
 * {@link maxInputLength} characters.
 */

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

// ---------------------------------------------------------------------------------------------
// Labels

type LabelField =
  | SlmgrField
  | 'productKeyChannel'
  | 'detail' // a /dlv-only field (Activation ID, Installation ID, URLs, rearm count, trusted time)
  | 'osppError';

interface LabelHit {
  field: LabelField;
  rec: Recognition;
}

/** Labels are compared after NFKC, lower-casing and removing all white space and a final ".". */
function normLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, '').replace(/\.+$/, '');
}

const labelTable = new Map<string, LabelHit>();
function addLabels(field: LabelField, rec: Recognition, names: string[]) {
  for (const n of names) labelTable.set(normLabel(n), { field, rec });
}

// English, from slmgr.vbs's string table [SLMGR-VBS].
addLabels('name', 'label', ['Name']);
addLabels('description', 'label', ['Description']);
addLabels('partialKey', 'label', ['Partial Product Key']);
addLabels('status', 'label', ['License Status']);
addLabels('kmsExpiration', 'label', ['Volume activation expiration']);
addLabels('remaining', 'label', ['Time remaining', 'Timebased activation expiration']);
addLabels('notificationReason', 'label', ['Notification Reason']);
addLabels('kmsCurrentCount', 'label', ['Current count']);
addLabels('productKeyChannel', 'label', ['Product Key Channel']);
addLabels('detail', 'label', [
  'Software licensing service version',
  'Activation ID',
  'Application ID',
  'Extended PID',
  'Installation ID',
  'Processor Certificate URL',
  'Machine Certificate URL',
  'Use License URL',
  'Product Key Certificate URL',
  'Validation URL',
  'Remaining Windows rearm count',
  'Remaining SKU rearm count',
  'Remaining App rearm count',
  'Trusted time',
  'Evaluation End Date',
]);
// Office's ospp.vbs /dstatus (constructed by analogy; upper-case labels).
addLabels('name', 'label', ['LICENSE NAME']);
addLabels('description', 'label', ['LICENSE DESCRIPTION']);
addLabels('partialKey', 'label', ['Last 5 characters of installed product key']);
addLabels('remaining', 'label', ['REMAINING GRACE']);
addLabels('osppError', 'label', ['ERROR CODE']);
// Japanese. Only 説明 is confirmed [JP-MYNAVI]; the rest are likely translations.
addLabels('description', 'label', ['説明']);
addLabels('name', 'guessed-label', ['名前', '製品名']);
addLabels('partialKey', 'guessed-label', ['部分プロダクト キー', '部分的なプロダクト キー', 'プロダクト キーの一部', '部分的なプロダクト キー']);
addLabels('status', 'guessed-label', ['ライセンスの状態', 'ライセンス状態', 'ライセンス ステータス']);
addLabels('kmsExpiration', 'guessed-label', ['ボリューム ライセンス認証の有効期限', 'ボリューム アクティベーションの有効期限', 'ボリューム ライセンス認証の期限']);
addLabels('remaining', 'guessed-label', ['残り時間', '残りの時間']);
addLabels('notificationReason', 'guessed-label', ['通知の理由', '通知理由']);
addLabels('kmsCurrentCount', 'guessed-label', ['現在のカウント', '現在の数']);
addLabels('productKeyChannel', 'guessed-label', ['プロダクト キー チャネル', 'プロダクト キー チャンネル']);
addLabels('detail', 'guessed-label', [
  'ソフトウェア ライセンス サービスのバージョン',
  'ライセンス認証 ID',
  'アクティベーション ID',
  'アプリケーション ID',
  '拡張 PID',
  'インストール ID',
  '信頼された時刻',
]);

// ---------------------------------------------------------------------------------------------
// Values

/** Status wording: English from slmgr.vbs, ospp's ---LICENSED--- forms, and guessed Japanese. */
const statusPatterns: [RegExp, LicenseStatus][] = [
  [/^unlicensed\b|^ライセンスされていません|^未ライセンス/i, 'unlicensed'],
  [/^licensed\b|^ライセンスされています|^ライセンス認証済み/i, 'licensed'],
  [/^initial grace period\b|^oob_?grace\b|^初期猶予期間/i, 'initial-grace'],
  [/^additional grace period\b|^oot_?grace\b|^追加の?猶予期間/i, 'additional-grace'],
  [/^non-?genuine grace period\b|^non_?genuine_?grace\b|^非正規(?:品)?の?猶予期間/i, 'non-genuine-grace'],
  [/^notifications?\b|^通知/i, 'notification'],
  [/^extended grace period\b|^extended_?grace\b|^延長(?:された)?猶予期間/i, 'extended-grace'],
];

function readStatus(value: string): LicenseStatus | undefined {
  const v = value.replace(/^-+\s*|\s*-+$/g, '').trim(); // ospp: "---LICENSED---"
  return statusPatterns.find(([re]) => re.test(v))?.[1];
}

/** Status values that are unambiguous even without a label (used for unknown Japanese labels). */
const fullStatusValue =
  /^(?:licensed|unlicensed|initial grace period|additional grace period.*|non-genuine grace period\.?|notification|extended grace period|ライセンスされています。?|ライセンスされていません。?|初期猶予期間|追加の?猶予期間.*|非正規(?:品)?の?猶予期間。?|延長(?:された)?猶予期間)$/i;

/** "…, VOLUME_MAK channel" (a comma, an upper-case token, "channel"/「チャネル」). */
const channelAfterComma = /[,、，]\s*([A-Z][A-Z0-9]*(?:[_:][A-Z0-9]+)*)\s+(?:channel|チャネル|チャンネル)(?![A-Za-z0-9_])/i;
/** Same without the comma; only used on a line labelled as the Description. */
const channelLoose = /(?:^|\s)([A-Z][A-Z0-9]*(?:[_:][A-Z0-9]+)*)\s+(?:channel|チャネル|チャンネル)(?![A-Za-z0-9_])/i;

function findChannelToken(value: string, labelled: boolean): string | undefined {
  const m = channelAfterComma.exec(value) ?? (labelled ? channelLoose.exec(value) : null);
  const token = m?.[1];
  // Real tokens are upper case ("RETAIL", "OEM_DM"); only "channel" varies in case.
  if (!token || token !== token.toUpperCase()) return undefined;
  return token;
}

const hresult = /0x([0-9a-f]{1,8})(?![0-9a-f])/i;

function readReason(value: string): { code: string; kind: 'grace-time-expired' | 'non-genuine' | 'other' } | undefined {
  const m = hresult.exec(value);
  if (!m) return undefined;
  const code = `0x${m[1]!.toUpperCase().padStart(8, '0')}`;
  let kind: 'grace-time-expired' | 'non-genuine' | 'other' = 'other';
  // slmgr prints "(grace time expired)" for 0xC004F009 and "(non-genuine)" for 0xC004F200.
  if (/grace time expired/i.test(value) || code === '0xC004F009') kind = 'grace-time-expired';
  else if (/non-genuine/i.test(value) || code === '0xC004F200') kind = 'non-genuine';
  return { code, kind };
}

/** "243720 minute(s) (169 day(s))", "243720 分 (169 日)", ospp "179 days (258434 minute(s) before expiring)". */
function readMinutes(value: string): number | undefined {
  const m = /(\d{1,9})\s*(?:minute|min\b|分)/i.exec(value);
  if (!m) return undefined;
  return Number(m[1]);
}
/** The minute-and-day shape slmgr prints for expirations; intervals print minutes only. */
const minutesAndDays = /^\d{1,9}\s*(?:minute\(s\)|minutes?|分)\s*[(（]\s*\d{1,7}\s*(?:day\(s\)|days?|日)\s*[)）]/i;

/** Remove control, zero-width and bidi-override characters, collapse spaces, cap the length. */
function clean(value: string, max: number): string {
  return value
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

const hasJapanese = /[\u3040-\u30ff\u3400-\u9fff]/;
const isAsciiOnly = (s: string) => /^[\x20-\x7e]*$/.test(s);

// ---------------------------------------------------------------------------------------------
// /xpr

const xprEnglish: [RegExp, XprState][] = [
  [/^the machine is permanently activated\.?$/i, 'permanent'],
  [/^volume activation will expire\s+(.+?)\.?$/i, 'volume-expires'],
  [/^timebased activation will expire\s+(.+?)\.?$/i, 'timebased-expires'],
  [/^initial grace period ends\s+(.+?)\.?$/i, 'initial-grace'],
  [/^additional grace period ends\s+(.+?)\.?$/i, 'additional-grace'],
  [/^non-genuine grace period ends\s+(.+?)\.?$/i, 'non-genuine-grace'],
  [/^extended grace period ends\s+(.+?)\.?$/i, 'extended-grace'],
  [/^windows is in notification mode\.?$/i, 'notification'],
];

const dateLike =
  /\d{4}\s*[/年.-]\s*\d{1,2}\s*[/月.-]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}[/.]\d{1,2}[/.]\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?/i;

function readXpr(line: string): { state: XprState; date?: string; recognised: Recognition } | undefined {
  for (const [re, state] of xprEnglish) {
    const m = re.exec(line);
    if (m) return { state, date: m[1] ? clean(m[1], 60) : undefined, recognised: 'label' };
  }
  if (!hasJapanese.test(line)) return undefined;
  // Japanese: "コンピューターは永続的に(永久的に)ライセンス認証されています。" and guesses for the rest.
  if (/(?:永続|永久)的にライセンス認証されています[。.]?$/.test(line)) return { state: 'permanent', recognised: 'guessed-label' };
  const date = dateLike.exec(line)?.[0];
  if (date && /猶予期間/.test(line)) {
    const state: XprState = /初期/.test(line)
      ? 'initial-grace'
      : /追加/.test(line)
        ? 'additional-grace'
        : /非正規/.test(line)
          ? 'non-genuine-grace'
          : /延長/.test(line)
            ? 'extended-grace'
            : 'initial-grace';
    return { state, date: clean(date, 60), recognised: 'guessed-label' };
  }
  if (date && /有効期限|期限が切れ|期限切れ/.test(line) && /ライセンス認証|アクティベーション/.test(line)) {
    return { state: /タイムベース|時間ベース/.test(line) ? 'timebased-expires' : 'volume-expires', date: clean(date, 60), recognised: 'guessed-label' };
  }
  if (/通知モード/.test(line)) return { state: 'notification', recognised: 'guessed-label' };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Parser

function newProduct(): SlmgrProduct {
  return { channel: 'unknown', isWindows: false, recognised: {} };
}

/** A product counts only with a strong signal: a channel token, a partial key or a status. */
function isReal(p: SlmgrProduct): boolean {
  return p.channel !== 'unknown' || p.channelToken !== undefined || p.partialKey !== undefined || p.status !== undefined;
}

/**
 * Parses slmgr output. Never throws: anything unexpected gives `{ kind: 'not-slmgr' }`.
 * Full product keys are masked first (count in `maskedKeys`) and never appear in the result.
 */
export function parseSlmgr(text: string): SlmgrResult {
  try {
    return parseSlmgrUnchecked(text);
  } catch {
    return { kind: 'not-slmgr', maskedKeys: 0 };
  }
}

/** The parser without the safety net; exported for tests that check it does not throw. */
export function parseSlmgrUnchecked(input: string): SlmgrResult {
  const raw = typeof input === 'string' ? input : String(input ?? '');
  if (raw.trim() === '') return { kind: 'empty' };

  // Mask first, on the whole input, so no key survives even in the part that is cut off.
  const { text: masked, found: maskedKeys } = maskProductKeys(raw);
  const notes = new Set<SlmgrNote>();
  if (maskedKeys > 0) notes.add('keys-masked');
  let text = masked;
  if (text.length > maxInputLength) {
    notes.add('truncated');
    text = text.slice(0, maxInputLength);
  }
  // NFKC turns full-width colons, letters and digits into ASCII ones.
  text = text.normalize('NFKC');

  const products: SlmgrProduct[] = [];
  const xpr: XprLine[] = [];
  // Held in an object so that TypeScript does not narrow it across the helper closures.
  const st: { current: SlmgrProduct | null } = { current: null };
  let pendingXprName: string | undefined;

  const push = () => {
    if (st.current && isReal(st.current)) {
      if (products.length < maxProducts) products.push(st.current);
      else notes.add('too-many-products');
    }
    st.current = null;
  };
  /** The product a field belongs to; a field seen twice starts the next product. */
  const target = (field: SlmgrField | 'name'): SlmgrProduct => {
    const c = st.current;
    if (c) {
      const repeated =
        field === 'name'
          ? c.name !== undefined || c.description !== undefined || c.partialKey !== undefined || c.status !== undefined
          : field === 'description'
            ? c.description !== undefined
            : field === 'partialKey'
              ? c.partialKey !== undefined || c.inUse === false
              : field === 'status'
                ? c.status !== undefined || c.statusRaw !== undefined
                : false;
      if (!repeated) return c;
      push();
    }
    const p = newProduct();
    st.current = p;
    return p;
  };
  const mark = (p: SlmgrProduct, field: SlmgrField, rec: Recognition) => {
    p.recognised[field] ??= rec;
    if (rec === 'guessed-label') notes.add('guessed-labels');
    if (rec === 'pattern') notes.add('pattern-fields');
  };

  const setDescription = (value: string, rec: Recognition, labelled: boolean) => {
    const p = target('description');
    p.description = clean(value, 300);
    mark(p, 'description', rec);
    const token = findChannelToken(value, labelled);
    if (token) {
      p.channelToken = token.toUpperCase();
      p.channel = channelKind(token);
      // The channel token is English on every Windows, so it is as good as a label.
      p.recognised.channel = rec === 'guessed-label' ? 'label' : rec;
    }
    if (/windows/i.test(value)) p.isWindows = true;
    if (p.channel === 'volume-kms-host') notes.add('kms-host');
  };
  const setName = (value: string, rec: Recognition) => {
    const p = target('name');
    p.name = clean(value, 200);
    mark(p, 'name', rec);
    if (/windows/i.test(value)) p.isWindows = true;
  };
  const setPartialKey = (value: string, rec: Recognition): boolean => {
    const key = /^([A-Za-z0-9]{5})\.?$/.exec(value.trim())?.[1];
    if (!key) return false;
    const p = target('partialKey');
    p.partialKey = key.toUpperCase();
    p.inUse = true;
    mark(p, 'partialKey', rec);
    return true;
  };
  const setStatus = (value: string, rec: Recognition): boolean => {
    const status = readStatus(value);
    if (!status && rec === 'pattern') return false;
    const p = target('status');
    p.statusRaw = clean(value.replace(/^-{2,}\s*|\s*-{2,}$/g, ''), 120);
    if (status) {
      p.status = status;
      mark(p, 'status', rec);
    }
    return true;
  };
  const setReason = (value: string, rec: Recognition): boolean => {
    const reason = readReason(value);
    if (!reason) return false;
    const p = st.current ?? target('notificationReason');
    p.notificationReason = reason.code;
    p.notificationReasonKind = reason.kind;
    mark(p, 'notificationReason', rec);
    return true;
  };
  const setMinutes = (field: 'kmsExpiration' | 'remaining', value: string, rec: Recognition) => {
    const minutes = readMinutes(value);
    const p = st.current;
    if (minutes === undefined || !p) return;
    // ospp's "REMAINING GRACE" on a licensed KMS client is the time until the KMS activation expires.
    const kms = field === 'kmsExpiration' || (p.status === 'licensed' && p.channel === 'volume-kms-client');
    if (kms) p.kmsExpirationMinutes = minutes;
    else p.remainingMinutes = minutes;
    mark(p, kms ? 'kmsExpiration' : 'remaining', rec);
  };

  const lines = text.split(/\r\n|[\r\n\u2028\u2029\u0085]/);
  for (const rawLine of lines) {
    const line = rawLine.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '').trim();
    if (line === '') continue;
    // Lines of dashes separate products (ospp, the script-host dialog); nothing to read there.
    if (/^[-=_─━―]{3,}$/.test(line) || /^-{3}[A-Za-z ]+-{3,}$/.test(line)) {
      if (/^-{3}[A-Za-z ]+-{3,}$/.test(line)) notes.add('ospp');
      continue;
    }

    // slmgr's own warnings repeat the Description ("Processing the license for …"); skip them.
    if (/^(?:warning:|processing the license for |error:)/i.test(line)) continue;

    // /xpr: "<product name>:" then an indented state line.
    const x = readXpr(line);
    if (x) {
      xpr.push({ ...(pendingXprName ? { name: pendingXprName } : {}), ...x });
      pendingXprName = undefined;
      notes.add('xpr');
      if (hasJapanese.test(line)) notes.add('ja-labels');
      continue;
    }
    if (pendingXprName && /^(?:unlicensed|ライセンスされていません)[.。]?$/i.test(line)) {
      xpr.push({ name: pendingXprName, state: 'unlicensed', recognised: 'label' });
      pendingXprName = undefined;
      notes.add('xpr');
      continue;
    }

    // "This license is not in use." (printed instead of a partial key)
    if (/^this license is not in use\.?$|^このライセンスは使用されていません/i.test(line)) {
      const p = target('partialKey');
      p.inUse = false;
      notes.add('unused-licenses');
      continue;
    }
    if (/^key management service is enabled on this machine$|^キー管理サービスは.*有効/i.test(line)) {
      notes.add('kms-host');
      continue;
    }

    const colon = line.indexOf(':');
    const label = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    const nonAsciiLabel = label !== '' && !isAsciiOnly(label);
    const japaneseLabel = nonAsciiLabel && hasJapanese.test(label);

    // "Windows(R), Professional edition:" alone on a line is the product name that /xpr prints.
    if (colon > 0 && value === '' && label.length <= 120 && /\bedition$|^(?:windows|office)\b/i.test(label)) {
      pendingXprName = clean(label, 200);
      continue;
    }

    const hit = colon > 0 && colon <= 80 ? labelTable.get(normLabel(label)) : undefined;
    if (hit) {
      switch (hit.field) {
        case 'name':
          setName(value, hit.rec);
          break;
        case 'description':
          setDescription(value, hit.rec, true);
          break;
        case 'partialKey':
          setPartialKey(value, hit.rec);
          break;
        case 'status':
          setStatus(value, hit.rec);
          break;
        case 'notificationReason':
          setReason(value, hit.rec);
          break;
        case 'osppError':
          if (st.current?.status === 'notification' || st.current?.status === 'additional-grace') setReason(value, 'label');
          break;
        case 'kmsExpiration':
        case 'remaining':
          setMinutes(hit.field, value, hit.rec);
          break;
        case 'kmsCurrentCount': {
          const n = /^(\d{1,9})$/.exec(value)?.[1];
          if (n && st.current) {
            st.current.kmsCurrentCount = Number(n);
            mark(st.current, 'kmsCurrentCount', hit.rec);
            notes.add('kms-host');
          }
          break;
        }
        case 'productKeyChannel': {
          notes.add('detailed');
          const token = /^([A-Za-z][A-Za-z0-9]*(?:[_:][A-Za-z0-9]+)*)$/.exec(value)?.[1];
          if (token && st.current) {
            const kind = channelKind(token);
            if (st.current.channel === 'unknown' && kind !== 'unknown') {
              st.current.channel = kind;
              st.current.channelToken = token.toUpperCase();
              st.current.recognised.channel = hit.rec;
              if (kind === 'volume-kms-host') notes.add('kms-host');
            }
          }
          break;
        }
        case 'detail':
          notes.add('detailed');
          break;
        default:
          break;
      }
      if (/^(?:license name|license description|last 5 characters)/i.test(label)) notes.add('ospp');
      if (japaneseLabel) notes.add('ja-labels');
      continue;
    }

    // No known label. Fall back on value shapes that do not depend on the language.
    if (findChannelToken(line, false)) {
      const labelled = colon > 0 && colon <= 80 && nonAsciiLabel;
      setDescription(labelled ? value : line, 'pattern', false);
      if (labelled && japaneseLabel) notes.add('ja-labels');
      continue;
    }
    if (!nonAsciiLabel) continue; // English labels are known exactly; anything else is not ours.
    const cur = st.current;
    let used = false;
    if (/キー|key/i.test(label)) used = setPartialKey(value, 'pattern');
    if (!used && fullStatusValue.test(value) && (/状態|ステータス|status/i.test(label) || hasJapanese.test(value))) {
      used = setStatus(value, 'pattern');
    }
    if (!used && /^(?:windows|office)\b.*\bedition$/i.test(value)) {
      setName(value, 'pattern');
      used = true;
    }
    if (!used && /^0x[0-9a-f]{1,8}\b/i.test(value)) {
      if (/理由|reason/i.test(label) || /\((?:non-genuine|grace time expired)\)/i.test(value) || cur?.status === 'notification') {
        used = setReason(value, 'pattern');
      }
    }
    if (!used && cur && minutesAndDays.test(value) && cur.kmsExpirationMinutes === undefined && cur.remainingMinutes === undefined) {
      // slmgr prints "Volume activation expiration" while licensed and "Time remaining" in grace.
      setMinutes(cur.status === 'licensed' && cur.channel === 'volume-kms-client' ? 'kmsExpiration' : 'remaining', value, 'pattern');
      used = true;
    }
    if (used && japaneseLabel) notes.add('ja-labels');
  }
  push();

  if (products.length === 0 && xpr.length === 0) return { kind: 'not-slmgr', maskedKeys };
  if (products.length > 1) notes.add('multiple-products');

  const result: Extract<SlmgrResult, { kind: 'ok' }> = { kind: 'ok', products, notes: [...notes].sort(), maskedKeys };
  const firstXpr = xpr[0];
  if (firstXpr) {
    result.xpr = xpr;
    result.permanent = firstXpr.state === 'permanent';
    const dated = xpr.find((l) => l.date);
    if (dated?.date) result.expires = dated.date;
  }
  return result;
}
