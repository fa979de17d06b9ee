import type { MDXContent } from 'mdx/types';
import { getTranslations } from 'next-intl/server';
import { mdxComponents } from '@/components/mdx/components';
import type { Entry } from '@/lib/content/load';
import { loadGlossary } from '@/lib/content/load';

/** Renders an entry's MDX body with the teaching components bound to this page. */
export async function MdxBody({ entry }: { entry: Entry }) {
  const mod = (await import(`@/content/${entry.locale}/${entry.collection}/${entry.slug}.mdx`)) as { default: MDXContent };
  const Content = mod.default;
  const t = await getTranslations({ locale: entry.locale, namespace: 'common' });
  return (
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
}
