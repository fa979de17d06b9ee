import { getTranslations } from 'next-intl/server';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/site';
import { SlashShortcut } from './SlashShortcut';

/** The header's search box: a plain GET form to the search page, so it works everywhere. */
export async function SearchForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <form role="search" aria-label={t('label')} action={withBasePath(localePath(locale, 'search'))} method="get" className="flex w-full min-w-0 items-center gap-1 md:w-auto">
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
        className="min-h-11 w-full min-w-0 rounded-control border border-line-strong bg-page px-2 text-base placeholder:text-muted md:min-h-9 md:w-56 md:text-small"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center gap-1 rounded-control border border-line-strong bg-page px-3 text-small hover:bg-panel md:min-h-9 md:px-2"
      >
        {t('submit')}
      </button>
      <SlashShortcut inputId="site-search" />
    </form>
  );
}
