import { getTranslations } from 'next-intl/server';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/site';
import { SlashShortcut } from './SlashShortcut';
import css from '@/components/shell/shell.module.css';

/** The header's search box: a plain GET form to the search page, so it works everywhere. */
export async function SearchForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'search' });
  return (
    <form role="search" aria-label={t('label')} action={withBasePath(localePath(locale, 'search'))} method="get" className={css.search}>
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
        className={`${css.control} ${css.input}`}
      />
      <button
        type="submit"
        className={`${css.control} ${css.small} ${css.submit} ${css.hover}`}
      >
        {t('submit')}
      </button>
      <SlashShortcut inputId="site-search" />
    </form>
  );
}
