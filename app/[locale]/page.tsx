import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticlePage } from '@/components/content/ArticlePage';
import { HomeHero } from '@/components/content/HomeHero';
import { SectionHeading } from '@/components/content/SectionHeading';
import { getEntry, getEntries } from '@/lib/content/load';
import { mainSections } from '@/lib/nav';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { StaticMarkup } from '@/components/content/StaticMarkup';

export async function generateMetadata({ params }: PageProps<'/[locale]'>) {
  return pageMetadata((await params).locale as Locale, '');
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'common' });
  const firstStep = getEntries('story', locale)[0]!;
  return (
    <ArticlePage
      entry={getEntry('pages', locale, 'home')}
      hero={<HomeHero locale={locale} firstStepSlug={firstStep.slug} />}
      after={
        <StaticMarkup name="ways-in" as="section" aria-labelledby="ways-in" className="mt-10">
          <SectionHeading id="ways-in" title={t('home.waysIn')} className="mb-4 text-h2 font-bold" />
          <ul className="grid gap-4 sm:grid-cols-2">
            {mainSections.map(([path, key]) => (
              <li key={path} className="rounded-card border border-line bg-panel p-4">
                <Link href={localePath(locale, path)} className="text-lg font-semibold">
                  {t(`home.${key}`)}
                </Link>
                <p className="mt-1 text-small text-muted">{t(`home.${key}Text`)}</p>
              </li>
            ))}
          </ul>
        </StaticMarkup>
      }
    />
  );
}
