import type { GlossaryTerm } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/site';
import { keepNumbersWithCounters } from '@/lib/mdx/budoux-text.mjs';

/**
 * A glossary term. Its first use on a page is a button that opens a popover (the Popover API:
 * no JavaScript) with the short definition and a link to the glossary entry. Tap, click or
 * Enter opens it, Esc or a tap elsewhere closes it, and focus stays on (or returns to) the
 * term. A closed popover is display:none, so it takes no space. Later uses are plain text.
 */
export function makeTerm(terms: readonly GlossaryTerm[], locale: Locale, moreLabel: string) {
  const seen = new Set<string>();
  return function Term({ id, children }: { id: string; children?: React.ReactNode }) {
    const term = terms.find((t) => t.id === id);
    const label = children ?? term?.term ?? id;
    if (!term || seen.has(id)) return <>{label}</>;
    seen.add(id);
    const tipId = `term-tip-${id}`;
    return (
      <span className="term">
        <button
          type="button"
          popoverTarget={tipId}
          className="term-button"
          data-term={id}
        >
          {label}
        </button>
        <span
          popover="auto"
          id={tipId}
          role="note"
          className="term-tip"
          data-pagefind-ignore="all"
        >
          <b>{keepNumbersWithCounters(term.term)}</b>
          <span>{keepNumbersWithCounters(term.short)}</span>
          <a href={withBasePath(`${localePath(locale, 'glossary')}#${id}`)} data-term-more={id}>
            {moreLabel}
          </a>
        </span>
      </span>
    );
  };
}
