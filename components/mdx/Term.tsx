import type { GlossaryTerm } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/site';

/**
 * A glossary term. Its first use on a page links to the glossary entry and carries a short
 * definition that shows on hover or focus (and is read by screen readers); later uses are plain.
 */
export function makeTerm(terms: readonly GlossaryTerm[], locale: Locale) {
  const seen = new Set<string>();
  return function Term({ id, children }: { id: string; children?: React.ReactNode }) {
    const term = terms.find((t) => t.id === id);
    const label = children ?? term?.term ?? id;
    if (!term || seen.has(id)) return <>{label}</>;
    seen.add(id);
    const tipId = `term-tip-${id}`;
    return (
      <span className="term relative">
        <a
          href={withBasePath(`${localePath(locale, 'glossary')}#${id}`)}
          aria-describedby={tipId}
          className="decoration-dotted underline-offset-4"
          data-term={id}
        >
          {label}
        </a>
        <span
          role="tooltip"
          id={tipId}
          className="term-tip invisible absolute bottom-full left-0 z-20 mb-1 w-64 rounded border border-line bg-page p-2 text-sm font-normal leading-snug text-ink shadow-lg"
        >
          {term.short}
        </span>
      </span>
    );
  };
}
