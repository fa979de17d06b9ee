export { maskProductKeys, keyMask } from './mask-key';
export { parseSlmgr, maxInputLength, type SlmgrProduct, type SlmgrResult, type LicenseStatus } from './parse';
export { channelKind, describeChannel, type ChannelKind, type ChannelFacts } from './channels';
