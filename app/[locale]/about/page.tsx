import { setRequestLocale } from 'next-intl/server';
import { ArticlePage } from '@/components/content/ArticlePage';
import { getEntry } from '@/lib/content/load';
import type { Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/about'>) {
  return pageMetadata((await params).locale as Locale, 'about');
}

export default async function AboutPage({ params }: PageProps<'/[locale]/about'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <ArticlePage entry={getEntry('pages', locale, 'about')} />;
}
