import { channelKind } from './channels';
import { maskProductKeys } from './mask-key';
import {
  clean,
  findChannelToken,
  fullStatusValue,
  hasJapanese,
  isAsciiOnly,
  labelTable,
  minutesAndDays,
  normLabel,
  readMinutes,
  readReason,
  readStatus,
  readXpr,
} from './readers';
import { maxInputLength, maxProducts, type Recognition, type SlmgrField, type SlmgrNote, type SlmgrProduct, type SlmgrResult, type XprLine } from './types';

export * from './types';

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
