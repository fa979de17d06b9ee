import { Fragment } from 'react';
import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loadSources } from '@/lib/content/load';
import { citationIndex } from '@/lib/content/routes';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources'>) {
  return pageMetadata((await params).locale as Locale, 'sources');
}

export default async function SourcesPage({ params }: PageProps<'/[locale]/sources'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  const index = citationIndex(locale);
  return (
    <article data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('sourcesPage.title')}</h1>
      <p className="mb-8">{t('sourcesPage.intro')}</p>
      <ol className="space-y-5">
        {loadSources().map((s) => {
          const pages = index.get(s.id) ?? [];
          return (
            <li key={s.id} id={s.id} className="scroll-mt-4 border-b border-line pb-4">
              <p>
                <a href={s.url} lang={s.language} rel="noreferrer" className="font-semibold break-words">
                  {s.title}
                </a>
              </p>
              <p className="text-sm text-muted">
                {s.publisher} · {t(`citations.lang.${s.language}`)} · {t(`citations.kind.${s.kind}`)} · {t('citations.accessed')} {s.accessed}
              </p>
              {s.note ? <p className="text-sm text-muted" lang="en">{s.note}</p> : null}
              <p className="mt-1 text-sm">
                {t('sourcesPage.citedBy')}:{' '}
                {pages.length === 0 ? (
                  <span className="text-muted">{t('sourcesPage.notCited')}</span>
                ) : (
                  pages.map((p, i) => (
                    <Fragment key={p.path}>
                      {i > 0 ? ' · ' : ''}
                      <Link href={localePath(locale, p.path)}>{p.title}</Link>
                    </Fragment>
                  ))
                )}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
