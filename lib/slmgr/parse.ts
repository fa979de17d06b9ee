import { channelKind, type ChannelKind } from './channels';
import { maskProductKeys } from './mask-key';

/**
 * Reads what `slmgr /dli`, `/dlv` or `/xpr` printed, from English or Japanese Windows 7 to 11.
 * Japanese labels are only partly confirmed, so the parser leans on robust signals (the
 * "<CHANNEL> channel" token, a 5-character partial key, status words) and on both label sets.
 * Any input is accepted; the result says when the text is not slmgr output. Never throws.
 */
export type LicenseStatus = 'licensed' | 'unlicensed' | 'initial-grace' | 'additional-grace' | 'non-genuine-grace' | 'notification' | 'extended-grace';

export interface SlmgrProduct {
  name?: string;
  description?: string;
  channel: ChannelKind;
  channelToken?: string;
  partialKey?: string;
  status?: LicenseStatus;
  statusRaw?: string;
  notificationReason?: string;
  kmsExpirationMinutes?: number;
  isWindows: boolean;
}

export type SlmgrResult =
  | { kind: 'ok'; products: SlmgrProduct[]; permanent?: boolean; expires?: string; notes: string[]; maskedKeys: number }
  | { kind: 'not-slmgr'; maskedKeys: number }
  | { kind: 'empty' };

export const maxInputLength = 20_000;

const labels = {
  name: ['name', '名前'],
  description: ['description', '説明'],
  partialKey: ['partial product key', '部分プロダクト キー', '部分プロダクトキー', '部分的なプロダクト キー', 'プロダクト キーの一部'],
  status: ['license status', 'ライセンスの状態', 'ライセンス状態'],
  expiration: ['volume activation expiration', 'ボリューム ライセンス認証の有効期限', 'ボリューム アクティベーションの有効期限'],
  reason: ['notification reason', '通知の理由'],
  channel: ['product key channel', 'プロダクト キー チャネル'],
} as const;

const statusWords: [RegExp, LicenseStatus][] = [
  [/^unlicensed|ライセンスされていません/i, 'unlicensed'],
  [/^licensed|ライセンスされています/i, 'licensed'],
  [/^initial grace|初期猶予/i, 'initial-grace'],
  [/^additional grace|追加の猶予/i, 'additional-grace'],
  [/^non-genuine grace|非正規猶予|非正規の猶予/i, 'non-genuine-grace'],
  [/^notification|^通知/i, 'notification'],
  [/^extended grace|延長猶予/i, 'extended-grace'],
];

function splitLine(line: string): [string, string] | null {
  const m = /^\s*([^:：]{1,60}?)\s*[:：]\s*(.*)$/.exec(line);
  return m ? [m[1]!.trim().toLowerCase(), m[2]!.trim()] : null;
}

function isLabel(label: string, names: readonly string[]) {
  return names.some((n) => label === n.toLowerCase());
}

function newProduct(): SlmgrProduct {
  return { channel: 'unknown', isWindows: false };
}

export function parseSlmgr(input: string): SlmgrResult {
  try {
    const raw = String(input ?? '');
    if (!raw.trim()) return { kind: 'empty' };
    const notes: string[] = [];
    const truncated = raw.length > maxInputLength;
    if (truncated) notes.push('truncated');
    const { text, found } = maskProductKeys(truncated ? raw.slice(0, maxInputLength) : raw);
    const products: SlmgrProduct[] = [];
    let current: SlmgrProduct | null = null;
    let permanent: boolean | undefined;
    let expires: string | undefined;
    let signals = 0;
    let jaLabels = false;

    for (const line of text.normalize('NFKC').split(/\r?\n/)) {
      if (/permanently activated|永続的にライセンス認証|永久的にライセンス認証/i.test(line)) {
        permanent = true;
        signals++;
        continue;
      }
      const exp = /volume activation will expire\s+(.+?)\.?\s*$/i.exec(line) ?? /ボリューム ?ライセンス認証の有効期限は\s*(.+?)\s*です/.exec(line);
      if (exp) {
        expires = exp[1]!.trim();
        signals++;
        continue;
      }
      const pair = splitLine(line);
      if (!pair) continue;
      const [label, value] = pair;
      if (/[぀-ヿ一-鿿]/.test(label)) jaLabels = true;
      if (isLabel(label, labels.name)) {
        if (current && (current.name || current.description)) products.push(current);
        current = newProduct();
        current.name = value.slice(0, 200);
        current.isWindows = /windows/i.test(value);
      } else if (isLabel(label, labels.description)) {
        current ??= newProduct();
        current.description = value.slice(0, 300);
        const token = /,\s*([A-Z_]+)\s+channel\b/i.exec(value)?.[1];
        if (token) {
          current.channelToken = token.toUpperCase();
          current.channel = channelKind(token);
          signals += 2;
        }
        if (/windows/i.test(value)) current.isWindows = true;
      } else if (isLabel(label, labels.channel)) {
        current ??= newProduct();
        const token = /^([A-Za-z_:]+)/.exec(value)?.[1];
        if (token && current.channel === 'unknown') {
          current.channelToken = token.toUpperCase();
          current.channel = channelKind(token.replace(/:.*/, ''));
          signals++;
        }
      } else if (isLabel(label, labels.partialKey)) {
        current ??= newProduct();
        const key = /^([A-Z0-9]{5})\b/i.exec(value)?.[1];
        if (key) {
          current.partialKey = key.toUpperCase();
          signals++;
        }
      } else if (isLabel(label, labels.status)) {
        current ??= newProduct();
        current.statusRaw = value.slice(0, 200);
        const status = statusWords.find(([re]) => re.test(value))?.[1];
        if (status) {
          current.status = status;
          signals++;
        }
      } else if (isLabel(label, labels.reason)) {
        current ??= newProduct();
        current.notificationReason = value.slice(0, 80);
      } else if (isLabel(label, labels.expiration)) {
        current ??= newProduct();
        const minutes = /(\d+)\s*(minute|分)/i.exec(value)?.[1];
        if (minutes) current.kmsExpirationMinutes = Number(minutes);
      }
    }
    if (current) products.push(current);
    const useful = products.filter((p) => p.channel !== 'unknown' || p.partialKey || p.status);
    if (signals < 1 || (useful.length === 0 && permanent === undefined && expires === undefined)) return { kind: 'not-slmgr', maskedKeys: found };
    if (useful.length > 1) notes.push('multiple-products');
    if (jaLabels) notes.push('ja-labels');
    return { kind: 'ok', products: useful, permanent, expires, notes, maskedKeys: found };
  } catch {
    return { kind: 'not-slmgr', maskedKeys: 0 };
  }
}
