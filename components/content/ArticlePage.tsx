import { References } from '@/components/mdx/References';
import type { Entry } from '@/lib/content/load';
import { citedIds, sourceMap } from '@/lib/content/load';
import { MdxBody } from './MdxBody';

/** A prose page: title, lead, MDX body and numbered sources; the body is what search indexes. */
export function ArticlePage({ entry, before, after }: { entry: Entry; before?: React.ReactNode; after?: React.ReactNode }) {
  return (
    <article data-pagefind-body className="measure">
      {before}
      <h1 className="mb-4 text-3xl font-bold leading-tight">{entry.frontmatter.title}</h1>
      <div className="prose max-w-none">
        <MdxBody entry={entry} />
      </div>
      {after}
      <References order={entry.sourceOrder} sources={sourceMap()} cited={citedIds(entry.body).length} />
    </article>
  );
}
