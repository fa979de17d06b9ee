/**
 * slmgr output decoder: pure functions, no DOM, no Node APIs.
 * - maskProductKeys: replace full product keys before anything else reads pasted text.
 * - parseSlmgr: read /dli, /dlv and /xpr output (English or Japanese) into language-neutral data.
 * - describeChannel: what a channel means, with source tags, for the UI to put into words.
 */
export { maskProductKeys, containsProductKey, keyMask } from './mask-key';
export {
  parseSlmgr,
  maxInputLength,
  maxProducts,
  licenseStatuses,
  type LicenseStatus,
  type Recognition,
  type SlmgrField,
  type SlmgrNote,
  type SlmgrProduct,
  type SlmgrResult,
  type XprLine,
  type XprState,
} from './parse';
export { channelKind, channelKinds, describeChannel, knownChannelTokens, type ChannelFacts, type ChannelKind, type KnownChannelToken } from './channels';
