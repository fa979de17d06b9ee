import type { Locale } from './locales';
import jaClassroom from '../../content/ja/messages/classroom.json';
import jaCommon from '../../content/ja/messages/common.json';
import jaErrors from '../../content/ja/messages/errors.json';
import jaLearn from '../../content/ja/messages/learn.json';
import jaSearch from '../../content/ja/messages/search.json';
import jaSimulator from '../../content/ja/messages/simulator.json';
import jaStory from '../../content/ja/messages/story.json';
import enClassroom from '../../content/en/messages/classroom.json';
import enCommon from '../../content/en/messages/common.json';
import enErrors from '../../content/en/messages/errors.json';
import enLearn from '../../content/en/messages/learn.json';
import enSearch from '../../content/en/messages/search.json';
import enSimulator from '../../content/en/messages/simulator.json';
import enStory from '../../content/en/messages/story.json';

/**
 * UI strings live in `content/{locale}/messages/*.json`, one file per part of the site, so that
 * each feature owns its own words. Each file is a next-intl namespace named after the file.
 *
 * The one place messages are loaded: next-intl (`request.ts`) and `message()` (metadata, Open
 * Graph images, anything outside React) both read these objects. The files are imported
 * statically, so a missing file fails the type check and the build instead of becoming `{}`.
 * The English messages are the type of all messages (`global.d.ts` gives it to next-intl as
 * `AppConfig.Messages`, so `t('…')` keys are checked); Japanese must have the same shape, which
 * `validateContent` also checks key by key, placeholders included.
 *
 * To add a namespace: add `content/{ja,en}/messages/<name>.json` and one import per language here.
 */
const en = {
  classroom: enClassroom,
  common: enCommon,
  errors: enErrors,
  learn: enLearn,
  search: enSearch,
  simulator: enSimulator,
  story: enStory,
};
export type Messages = typeof en;
export type MessageNamespace = keyof Messages;

const ja: Messages = {
  classroom: jaClassroom,
  common: jaCommon,
  errors: jaErrors,
  learn: jaLearn,
  search: jaSearch,
  simulator: jaSimulator,
  story: jaStory,
};

const byLocale: Record<Locale, Messages> = { en, ja };

export const messageNamespaces = Object.keys(en) as MessageNamespace[];

/** Every namespace of a locale's messages. */
export function loadMessages(locale: Locale): Messages {
  const messages = byLocale[locale];
  if (!messages) throw new Error(`No messages for locale "${String(locale)}"`);
  return messages;
}
