import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { ArticlePage } from '@/components/content/ArticlePage';
import { SelfCheck } from '@/components/learn/SelfCheck';
import { jsonLdText } from '@/lib/content/breadcrumbs';
import { getEntries, getSlugs } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSlugs('learn').map((lesson) => ({ lesson }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/learn/[lesson]'>) {
  const { locale, lesson } = (await params) as { locale: Locale; lesson: string };
  return pageMetadata(locale, `learn/${lesson}`);
}

export default async function LessonPage({ params }: PageProps<'/[locale]/learn/[lesson]'>) {
  const { locale, lesson } = (await params) as { locale: Locale; lesson: string };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'learn' });
  const lessons = getEntries('learn', locale);
  const index = lessons.findIndex((l) => l.slug === lesson);
  const entry = lessons[index]!;
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: entry.frontmatter.title,
    description: entry.frontmatter.description,
    inLanguage: locale,
    url: absoluteUrl(localePath(locale, `learn/${lesson}`)),
    learningResourceType: 'lesson',
    isAccessibleForFree: true,
    license: 'https://creativecommons.org/licenses/by/4.0/',
  };
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(jsonLd) }} />
      <ArticlePage
        entry={entry}
        before={
          <>
            <Breadcrumbs locale={locale} path={`learn/${lesson}`} />
            <p className="mb-2 text-sm font-semibold text-muted">{t('lesson.lessonOf', { n: index + 1, total: lessons.length })}</p>
          </>
        }
        after={
          <>
            <SelfCheck
              items={entry.frontmatter.selfCheck}
              labels={{ heading: t('lesson.selfCheck'), answer: t('lesson.answer'), correct: t('lesson.correct') }}
            />
            <nav aria-label={`${t('lesson.previous')} / ${t('lesson.next')}`} className="mt-8 grid gap-3 sm:grid-cols-2">
              {prev ? (
                <Link href={localePath(locale, `learn/${prev.slug}`)} className="rounded border border-line px-4 py-3">
                  <span className="block text-sm text-muted">{t('lesson.previous')}</span>
                  {prev.frontmatter.title}
                </Link>
              ) : null}
              {next ? (
                <Link href={localePath(locale, `learn/${next.slug}`)} className="rounded border border-line px-4 py-3 text-right sm:col-start-2">
                  <span className="block text-sm text-muted">{t('lesson.next')}</span>
                  {next.frontmatter.title}
                </Link>
              ) : null}
            </nav>
          </>
        }
      />
    </>
  );
}
