import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getEntries } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { StaticMarkup } from '@/components/content/StaticMarkup';

export async function generateMetadata({ params }: PageProps<'/[locale]/learn'>) {
  return pageMetadata((await params).locale as Locale, 'learn');
}

export default async function LearnIndex({ params }: PageProps<'/[locale]/learn'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'learn' });
  const lessons = getEntries('learn', locale);
  return (
    <StaticMarkup name="lessons" as="article" data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('index.title')}</h1>
      <p className="mb-8 text-lg">{t('index.intro')}</p>
      <ol className="space-y-5">
        {lessons.map((l) => (
          <li key={l.slug} className="rounded border border-line p-4">
            <h2 className="text-lg font-bold">
              <Link href={localePath(locale, `learn/${l.slug}`)}>
                {l.frontmatter.order}. {l.frontmatter.title}
              </Link>
            </h2>
            <p className="mt-1 text-muted">{l.frontmatter.summary}</p>
          </li>
        ))}
      </ol>
    </StaticMarkup>
  );
}
