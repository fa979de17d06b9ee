import { getTranslations, setRequestLocale } from 'next-intl/server';
import { loadGlossary, sourceMap } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { sourceHref } from '@/lib/sources/page';
import Link from '@/components/content/Link';
import { HeadingAnchor } from '@/components/content/HeadingAnchor';
import css from './glossary.module.css';
import { StaticMarkup } from '@/components/content/StaticMarkup';

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
    <StaticMarkup name="glossary" as="article" data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('glossary.title')}</h1>
      <p className="mb-8">{t('glossary.intro')}</p>
      <dl className={css.list}>
        {terms.map((term) => (
          <div key={term.id} id={term.id}>
            <dt>
              <dfn>{term.term}</dfn>
              {term.reading ? <span>{term.reading}</span> : null}
              <HeadingAnchor id={term.id} label={c('sectionLink', { title: term.term })} />
            </dt>
            <dd>
              <p>{term.short}</p>
              <p>{term.long}</p>
              {term.sources.length ? (
                <p>
                  {c('citations.heading')}:{' '}
                  {term.sources.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      <Link href={sourceHref(locale, sources.get(id)!)}>{sources.get(id)?.title ?? id}</Link>
                    </span>
                  ))}
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </StaticMarkup>
  );
}
