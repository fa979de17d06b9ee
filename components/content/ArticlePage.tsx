import { getTranslations } from 'next-intl/server';
import { References } from '@/components/mdx/References';
import type { Entry } from '@/lib/content/load';
import { citedIds, sourceMap } from '@/lib/content/load';
import { tableOfContents } from '@/lib/mdx/toc';
import { MdxBody } from './MdxBody';
import { Phrases } from './Phrases';
import { StaticMarkup } from './StaticMarkup';

/**
 * A prose page: title, lead, MDX body and numbered sources; the body is what search indexes.
 * On laptops an "On this page" list of its sections stays beside the text (sticky). `hero`
 * replaces the plain h1 (it must hold the page's h1 itself).
 */
export async function ArticlePage({
  entry,
  before,
  after,
  hero,
}: {
  entry: Entry;
  before?: React.ReactNode;
  after?: React.ReactNode;
  hero?: React.ReactNode;
}) {
  const t = await getTranslations({ locale: entry.locale, namespace: 'common' });
  const toc = tableOfContents(entry.body);
  return (
    <>
      {hero}
      <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_var(--spacing-toc)] lg:gap-12">
        <article data-pagefind-body className="measure min-w-0">
          {before}
          {hero ? null : (
            <h1 className="phrases mb-4 text-h1 font-bold">
              <Phrases text={entry.frontmatter.title} lang={entry.locale} />
            </h1>
          )}
          <MdxBody entry={entry} />
          {after}
          <References order={entry.sourceOrder} sources={sourceMap()} cited={citedIds(entry.body).length} />
        </article>
        {toc.length >= 2 ? (
          <StaticMarkup name="on-this-page" as="nav" aria-labelledby="on-this-page" className="no-print hidden lg:block" data-testid="on-this-page">
            <div className="sticky top-4 border-l-2 border-line pl-4 text-small">
              <p id="on-this-page" className="mb-2 font-bold text-muted">
                {t('onThisPage')}
              </p>
              <ul className="space-y-2">
                {toc.map((item) => (
                  <li key={item.id}>
                    <a href={`#${item.id}`} className="no-underline hover:underline">
                      {item.title}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          </StaticMarkup>
        ) : null}
      </div>
    </>
  );
}
