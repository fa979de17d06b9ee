import { getTranslations } from 'next-intl/server';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/site';
import { SlashShortcut } from './SlashShortcut';

/** The header's search box: a plain GET form to the search page, so it works everywhere. */
export async function SearchForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <form role="search" action={withBasePath(localePath(locale, 'search'))} method="get" className="flex items-center gap-1">
      <label htmlFor="site-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder={t('placeholder')}
        maxLength={100}
        title={t('shortcut')}
        className="w-40 rounded border border-line bg-page px-2 py-1 text-sm placeholder:text-muted sm:w-56"
      />
      <button type="submit" className="rounded border border-line px-2 py-1 text-sm hover:bg-page">
        {t('submit')}
      </button>
      <SlashShortcut inputId="site-search" />
    </form>
  );
}
