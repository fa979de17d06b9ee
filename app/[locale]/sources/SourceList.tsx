import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import Link from '@/components/content/Link';
import { getTranslations } from 'next-intl/server';
import { loadSources } from '@/lib/content/load';
import { citationIndex } from '@/lib/content/routes';
import { sourceHost } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { sourcePage, type SourcePage } from '@/lib/sources/page';
import css from './sources.module.css';
import { StaticMarkup } from '@/components/content/StaticMarkup';

/** A citing page's name without its subtitle ("Step 3: The first key — 0xC004C003, blocked" →
 *  "Step 3: The first key"): the names repeat under many sources, and the link leads to the rest. */
const shortTitle = (title: string) => title.split(' — ')[0]!;

/**
 * One of the two sources pages (lib/sources/page.ts decides which source is listed where): the
 * title, the intro, a link to the other list and to the corrections, then each source with its
 * publisher, language, kind, the date we read it and the pages that cite it.
 */
export async function SourceList({ locale, page }: { locale: Locale; page: SourcePage }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  const l = await getTranslations({ locale, namespace: 'learn' });
  const index = citationIndex(locale);
  const main = page === 'sources';
  return (
    <>
    {main ? null : <Breadcrumbs locale={locale} path={page} />}
    <StaticMarkup name="sources" as="article" data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t(main ? 'sourcesPage.title' : 'sourcesPage.otherTitle')}</h1>
      <p className="mb-2">{l('sources.intro')}</p>
      <p className="mb-2">
        {t(main ? 'sourcesPage.onlyMicrosoft' : 'sourcesPage.onlyOther')}{' '}
        <Link href={localePath(locale, main ? 'sources/other' : 'sources')} data-testid="sources-switch-link">
          {t(main ? 'sourcesPage.toOther' : 'sourcesPage.toMicrosoft')}
        </Link>
      </p>
      <p className="mb-8">
        <Link href={localePath(locale, 'corrections')} data-testid="corrections-link">
          {l('sources.corrections')}
        </Link>
      </p>
      <ol className={css.list}>
        {loadSources()
          .filter((s) => sourcePage(s) === page)
          .map((s) => {
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
                  <time dateTime={s.accessed}>{s.accessed}</time>
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
    </StaticMarkup>
    </>
  );
}
