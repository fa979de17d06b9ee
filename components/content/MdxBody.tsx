import type { MDXContent } from 'mdx/types';
import { getTranslations } from 'next-intl/server';
import { mdxComponents } from '@/components/mdx/components';
import type { Entry } from '@/lib/content/load';
import { loadGlossary } from '@/lib/content/load';
import { usesIsland } from '@/lib/mdx/islands';
import { StaticMarkup } from './StaticMarkup';

/**
 * An entry's MDX body in its prose box, with the teaching components bound to this page. A body
 * with no client island is kept as server markup, so the browser does not hydrate its text.
 */
export async function MdxBody({ entry }: { entry: Entry }) {
  const mod = (await import(`@/content/${entry.locale}/${entry.collection}/${entry.slug}.mdx`)) as { default: MDXContent };
  const Content = mod.default;
  const t = await getTranslations({ locale: entry.locale, namespace: 'common' });
  const body = (
    <Content
      components={mdxComponents({
        entry,
        locale: entry.locale,
        glossary: loadGlossary(entry.locale),
        citeLabel: (n) => t('citations.cite', { n }),
        anchorLabel: (title) => t('sectionLink', { title }),
        termMoreLabel: t('termMore'),
        tableLabel: t('tableScroll'),
      })}
    />
  );
  return usesIsland(entry.body) ? (
    <div className="prose max-w-none">{body}</div>
  ) : (
    <StaticMarkup name="prose" className="prose max-w-none">{body}</StaticMarkup>
  );
}
