import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressSummary } from '@/components/story/ProgressSummary';
import { ReadBadge } from '@/components/story/ReadBadge';
import { getEntries } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/story'>) {
  return pageMetadata((await params).locale as Locale, 'story');
}

/** The story as a GOV.UK-style step-by-step list. */
export default async function StoryOverview({ params }: PageProps<'/[locale]/story'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'story' });
  const steps = getEntries('story', locale);
  const hrefs = Object.fromEntries(steps.map((s) => [s.slug, localePath(locale, `story/${s.slug}`)]));
  return (
    <article data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('overview.title')}</h1>
      <p className="mb-4 text-lg">{t('overview.intro')}</p>
      {steps[0] ? (
        <p>
          <Link href={hrefs[steps[0].slug]!} className="inline-block rounded bg-accent px-4 py-2 font-semibold text-accent-ink no-underline">
            {t('overview.start')}
          </Link>
        </p>
      ) : null}
      <ProgressSummary
        order={steps.map((s) => s.slug)}
        hrefs={hrefs}
        labels={{ progress: t.raw('overview.progress') as string, reset: t('overview.reset'), resetDone: t('overview.resetDone'), continue: t('overview.continue') }}
      />
      <ol className="relative space-y-0 border-l-2 border-line pl-0" data-testid="step-list">
        {steps.map((s) => (
          <li key={s.slug} className="relative ml-6 pb-6">
            <span
              aria-hidden="true"
              className="absolute -left-[2.35rem] flex h-8 w-8 items-center justify-center rounded-full border-2 border-line bg-page text-sm font-bold"
            >
              {s.frontmatter.step}
            </span>
            <h2 className="text-lg font-bold">
              <Link href={hrefs[s.slug]!}>
                <span className="sr-only">{s.frontmatter.step}. </span>
                {s.frontmatter.short}
              </Link>
              <ReadBadge slug={s.slug} label={t('overview.read')} />
            </h2>
            <p className="text-muted">{s.frontmatter.summary}</p>
            <details className="mt-1">
              <summary className="cursor-pointer text-sm text-link">{t('overview.keyPoints')}</summary>
              <ul className="mt-1 list-disc pl-6 text-sm">
                {s.frontmatter.keyPoints.map((k) => (
                  <li key={k}>{k}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
      <p className="mt-4 text-sm text-muted">{t('overview.storedNote')}</p>
    </article>
  );
}
