import type { LicenseStatus, Recognition, SlmgrField, XprState } from './types';

/**
 * The parts of slmgr output the parser (parse.ts) reads line by line: labels (English from
 * slmgr.vbs, guessed Japanese), status words, the channel token, notification reasons, minutes,
 * /xpr lines, and the cleaning of values.
 */

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
export function normLabel(label: string): string {
  return label.toLowerCase().replace(/\s+/g, '').replace(/\.+$/, '');
}

export const labelTable = new Map<string, LabelHit>();
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

export function readStatus(value: string): LicenseStatus | undefined {
  const v = value.replace(/^-+\s*|\s*-+$/g, '').trim(); // ospp: "---LICENSED---"
  return statusPatterns.find(([re]) => re.test(v))?.[1];
}

/** Status values that are unambiguous even without a label (used for unknown Japanese labels). */
export const fullStatusValue =
  /^(?:licensed|unlicensed|initial grace period|additional grace period.*|non-genuine grace period\.?|notification|extended grace period|ライセンスされています。?|ライセンスされていません。?|初期猶予期間|追加の?猶予期間.*|非正規(?:品)?の?猶予期間。?|延長(?:された)?猶予期間)$/i;

/** "…, VOLUME_MAK channel" (a comma, an upper-case token, "channel"/「チャネル」). */
const channelAfterComma = /[,、，]\s*([A-Z][A-Z0-9]*(?:[_:][A-Z0-9]+)*)\s+(?:channel|チャネル|チャンネル)(?![A-Za-z0-9_])/i;
/** Same without the comma; only used on a line labelled as the Description. */
const channelLoose = /(?:^|\s)([A-Z][A-Z0-9]*(?:[_:][A-Z0-9]+)*)\s+(?:channel|チャネル|チャンネル)(?![A-Za-z0-9_])/i;

export function findChannelToken(value: string, labelled: boolean): string | undefined {
  const m = channelAfterComma.exec(value) ?? (labelled ? channelLoose.exec(value) : null);
  const token = m?.[1];
  // Real tokens are upper case ("RETAIL", "OEM_DM"); only "channel" varies in case.
  if (!token || token !== token.toUpperCase()) return undefined;
  return token;
}

const hresult = /0x([0-9a-f]{1,8})(?![0-9a-f])/i;

export function readReason(value: string): { code: string; kind: 'grace-time-expired' | 'non-genuine' | 'other' } | undefined {
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
export function readMinutes(value: string): number | undefined {
  const m = /(\d{1,9})\s*(?:minute|min\b|分)/i.exec(value);
  if (!m) return undefined;
  return Number(m[1]);
}
/** The minute-and-day shape slmgr prints for expirations; intervals print minutes only. */
export const minutesAndDays = /^\d{1,9}\s*(?:minute\(s\)|minutes?|分)\s*[(（]\s*\d{1,7}\s*(?:day\(s\)|days?|日)\s*[)）]/i;

/** Remove control, zero-width and bidi-override characters, collapse spaces, cap the length. */
export function clean(value: string, max: number): string {
  return value
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max);
}

export const hasJapanese = /[\u3040-\u30ff\u3400-\u9fff]/;
export const isAsciiOnly = (s: string) => /^[\x20-\x7e]*$/.test(s);

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

export function readXpr(line: string): { state: XprState; date?: string; recognised: Recognition } | undefined {
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
