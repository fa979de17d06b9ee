import { setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { SourceList } from '../SourceList';

export async function generateMetadata({ params }: PageProps<'/[locale]/sources/other'>) {
  return pageMetadata((await params).locale as Locale, 'sources/other');
}

/** Sources served by sites other than Microsoft's (copies, press, other bodies): lib/sources/page.ts. */
export default async function OtherSourcesPage({ params }: PageProps<'/[locale]/sources/other'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <SourceList locale={locale} page="sources/other" />;
}
