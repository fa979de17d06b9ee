import type { MDXComponents } from 'mdx/types';
import type { Locale } from '@/lib/i18n/locales';
import { ActivationDialog } from './ActivationDialog';
import { AuctionListing, type AuctionListingProps } from './AuctionListing';
import { KeyEmail } from './KeyEmail';

/** Simulated screens the story's MDX can place, bound to the page's language. */
export function storyScreens(locale: Locale): MDXComponents {
  return {
    AuctionListing: (props: AuctionListingProps) => <AuctionListing locale={locale} {...props} />,
    KeyEmail: (props: { from: string; subject: string; body: string }) => <KeyEmail locale={locale} {...props} />,
    ActivationDialog: (props: { code?: string; success?: boolean }) => <ActivationDialog locale={locale} {...props} />,
  };
}
