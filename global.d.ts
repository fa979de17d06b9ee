import type { Locale } from './lib/i18n/locales';
import type { Messages } from './lib/i18n/messages';

// next-intl's typed keys: `t('…')` and `getTranslations` accept only keys that exist in the
// English messages (which Japanese must match; validateContent checks that key by key).
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
