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
}

/** The teaching components every MDX page may use, bound to this page's sources and terms. */
export function mdxComponents({ entry, locale, glossary, citeLabel, anchorLabel, termMoreLabel }: ComponentContext): MDXComponents {
  return {
    a: ({ href = '', ...props }) => <Link href={href} {...props} />, // site links get the base path
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
