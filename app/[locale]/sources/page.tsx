import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loadSources } from '@/lib/content/load';
import { citationIndex } from '@/lib/content/routes';
import { sourceHost } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import css from './sources.module.css';

/** A citing page's name without its subtitle ("Step 3: The first key — 0xC004C003, blocked" →
 *  "Step 3: The first key"): the names repeat under many sources, and the link leads to the rest. */
const shortTitle = (title: string) => title.split(' — ')[0]!;

export async function generateMetadata({ params }: PageProps<'/[locale]/sources'>) {
  return pageMetadata((await params).locale as Locale, 'sources');
}

export default async function SourcesPage({ params }: PageProps<'/[locale]/sources'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  const l = await getTranslations({ locale, namespace: 'learn' });
  const index = citationIndex(locale);
  return (
    <article data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('sourcesPage.title')}</h1>
      <p className="mb-2">{l('sources.intro')}</p>
      <p className="mb-8">
        <Link href={localePath(locale, 'corrections')} data-testid="corrections-link">
          {l('sources.corrections')}
        </Link>
      </p>
      <ol className={css.list}>
        {loadSources().map((s) => {
          const pages = index.get(s.id) ?? [];
          const host = sourceHost(s);
          return (
            <li key={s.id} id={s.id} data-host={host}>
              <a href={s.url} lang={s.language} rel="noreferrer">
                {s.title}
              </a>
              <p className={css.meta}>
                <strong>{host === 'microsoft' ? l('sources.microsoft') : l('sources.thirdParty')}</strong>
                {` · ${s.publisher} · ${t(`citations.lang.${s.language}`)} · ${t(`citations.kind.${s.kind}`)} · ${t('citations.accessed')} `}
                <time>{s.accessed}</time>
              </p>
              {s.retired ? (
                <p data-testid="retired">
                  {s.archive ? (
                    <>
                      {l('sources.retired')}{' '}
                      <a href={s.archive} rel="noreferrer">
                        {l('sources.archive')}
                      </a>
                    </>
                  ) : (
                    l('sources.noArchive')
                  )}
                </p>
              ) : null}
              {s.note ? <p lang="en">{s.note}</p> : null}
              {pages.length > 0 ? (
                <div className={css.pages}>
                  {`${t('sourcesPage.citedBy')}: `}
                  <ul>
                    {pages.map((p) => (
                      <li key={p.path}>
                        <Link href={localePath(locale, p.path)}>{shortTitle(p.title)}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
