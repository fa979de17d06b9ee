import { Fragment } from 'react';
import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loadSources } from '@/lib/content/load';
import { citationIndex } from '@/lib/content/routes';
import { sourceHost } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

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
      <ol className="space-y-5">
        {loadSources().map((s) => {
          const pages = index.get(s.id) ?? [];
          const host = sourceHost(s);
          return (
            <li key={s.id} id={s.id} data-host={host} className="scroll-mt-4 border-b border-line pb-4">
              <p>
                <a href={s.url} lang={s.language} rel="noreferrer" className="font-semibold break-words">
                  {s.title}
                </a>
              </p>
              <p className="text-sm text-muted">
                <strong className="font-semibold text-ink">{host === 'microsoft' ? l('sources.microsoft') : l('sources.thirdParty')}</strong> · {s.publisher} ·{' '}
                {t(`citations.lang.${s.language}`)} · {t(`citations.kind.${s.kind}`)} · {t('citations.accessed')} <time dateTime={s.accessed}>{s.accessed}</time>
              </p>
              {s.retired ? (
                <p className="text-sm" data-testid="retired">
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
              {s.note ? (
                <p className="text-sm text-muted" lang="en">
                  {s.note}
                </p>
              ) : null}
              {pages.length > 0 ? (
                <p className="mt-1 text-sm">
                  {t('sourcesPage.citedBy')}:{' '}
                  {pages.map((p, i) => (
                    <Fragment key={p.path}>
                      {i > 0 ? ' · ' : ''}
                      <Link href={localePath(locale, p.path)}>{p.title}</Link>
                    </Fragment>
                  ))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
