import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, isLocale } from './locales';
import { loadMessages } from './messages';

// next-intl reads the locale from the [locale] segment (set with setRequestLocale in each layout
// and page); static export has no middleware, so nothing is negotiated at request time.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : defaultLocale;
  return { locale, messages: loadMessages(locale) };
});
