import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { SourceList } from './SourceList';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources'>) {
  return pageMetadata((await params).locale as Locale, 'sources');
}

/** Sources served by Microsoft; the others are on /{locale}/sources/other/ (lib/sources/page.ts). */
export default async function SourcesPage({ params }: PageProps<'/[locale]/sources'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <SourceList locale={locale} page="sources" />;
}
