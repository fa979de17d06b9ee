import { message } from '@/lib/content/page-info';
import type { Locale } from '@/lib/i18n/locales';
import type { ShareLabels } from './CopyLink';

/** The copy-link and share words in the page's language (server side). */
export function shareLabels(locale: Locale): ShareLabels {
  const m = (key: string) => message(locale, 'common', `share.${key}`);
  return { copy: m('copy'), copied: m('copied'), failed: m('failed'), share: m('share') };
}
