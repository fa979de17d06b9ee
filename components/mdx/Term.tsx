import type { GlossaryTerm } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { withBasePath } from '@/lib/site';
import { Phrases } from '@/components/content/Phrases';

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
          className="term-button cursor-help text-link underline decoration-dotted decoration-2 underline-offset-4"
          data-term={id}
        >
          {label}
        </button>
        <span
          popover="auto"
          id={tipId}
          role="note"
          className="term-tip rounded-card border border-line-strong bg-raised p-3 text-small font-normal not-italic leading-normal text-ink shadow-popover"
          data-pagefind-ignore="all"
        >
          <span className="phrases block font-bold">
            <Phrases text={term.term} lang={locale} />
          </span>
          <span className="phrases mt-1 block">
            <Phrases text={term.short} lang={locale} />
          </span>
          <a href={withBasePath(`${localePath(locale, 'glossary')}#${id}`)} className="mt-2 inline-block font-medium" data-term-more={id}>
            {moreLabel}
          </a>
        </span>
      </span>
    );
  };
}
