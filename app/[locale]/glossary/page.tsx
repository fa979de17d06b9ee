import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loadGlossary, sourceMap } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/locales';
import { localePath } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import Link from '@/components/content/Link';
import { HeadingAnchor } from '@/components/content/HeadingAnchor';

export async function generateMetadata({ params }: PageProps<'/[locale]/glossary'>) {
  return pageMetadata((await params).locale as Locale, 'glossary');
}

export default async function GlossaryPage({ params }: PageProps<'/[locale]/glossary'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'learn' });
  const c = await getTranslations({ locale, namespace: 'common' });
  const sources = sourceMap();
  const terms = [...loadGlossary(locale)].sort((a, b) => a.term.localeCompare(b.term, locale));
  return (
    <article data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('glossary.title')}</h1>
      <p className="mb-8">{t('glossary.intro')}</p>
      <dl className="space-y-6">
        {terms.map((term) => (
          <div key={term.id} id={term.id} className="scroll-mt-4 border-b border-line pb-5">
            <dt className="text-lg font-bold">
              <dfn className="not-italic">{term.term}</dfn>
              {term.reading ? <span className="ml-2 text-sm font-normal text-muted">{term.reading}</span> : null}
              <HeadingAnchor id={term.id} label={c('sectionLink', { title: term.term })} />
            </dt>
            <dd className="mt-1">
              <p className="font-semibold">{term.short}</p>
              <p className="mt-1">{term.long}</p>
              {term.sources.length ? (
                <p className="mt-1 text-sm text-muted">
                  {c('citations.heading')}:{' '}
                  {term.sources.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      <Link href={`${localePath(locale, 'sources')}#${id}`}>{sources.get(id)?.title ?? id}</Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </article>
  );
}
