import type { MDXComponents } from 'mdx/types';
import type { Entry } from '@/lib/content/load';
import type { GlossaryTerm } from '@/lib/content/schema';
import type { Locale } from '@/lib/i18n/locales';
import { Callout } from './Callout';
import { makeCite } from './Cite';
import { DeepDive } from './DeepDive';
import { Figure } from './Figure';
import { makeHeading } from './Heading';
import { makeTerm } from './Term';
import { Worksheet } from './Worksheet';
import { storyScreens } from '@/components/story/screens';
import Link from '@/components/content/Link';
import { SimulatorEmbed } from '@/components/simulator/SimulatorEmbed';

export interface ComponentContext {
  entry: Entry;
  locale: Locale;
  glossary: readonly GlossaryTerm[];
  citeLabel: (n: number) => string;
  anchorLabel: (title: string) => string;
  termMoreLabel: string;
  /** Accessible name of the scroll box around a table (it scrolls sideways on narrow screens). */
  tableLabel: string;
}

/** The teaching components every MDX page may use, bound to this page's sources and terms. */
export function mdxComponents({ entry, locale, glossary, citeLabel, anchorLabel, termMoreLabel, tableLabel }: ComponentContext): MDXComponents {
  return {
    a: ({ href = '', ...props }) => <Link href={href} {...props} />, // site links get the base path
    // A wide table scrolls inside its own box on a phone instead of widening the page; the box
    // can take focus, so keyboard users can scroll it too.
    table: (props) => (
      <div className="table-scroll" role="group" aria-label={tableLabel} tabIndex={0}>
        <table {...props} />
      </div>
    ),
    h2: makeHeading('h2', anchorLabel),
    h3: makeHeading('h3', anchorLabel),
    Callout,
    DeepDive,
    Figure,
    Worksheet,
    Cite: makeCite(entry.sourceOrder, citeLabel),
    Term: makeTerm(glossary, locale, termMoreLabel),
    ...storyScreens(locale),
    SimulatorEmbed: () => <SimulatorEmbed locale={locale} />,
  };
}
