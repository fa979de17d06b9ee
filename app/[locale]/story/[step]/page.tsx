import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MdxBody } from '@/components/content/MdxBody';
import { References } from '@/components/mdx/References';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { CopyLink } from '@/components/share/CopyLink';
import { shareLabels } from '@/components/share/share-labels';
import { Choice } from '@/components/story/Choice';
import { StepNavigation } from '@/components/story/StepNavigation';
import { citedIds, getEntries, getSlugs, loadClaims, sourceMap } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { SectionHeading } from '@/components/content/SectionHeading';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSlugs('story').map((step) => ({ step }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/story/[step]'>) {
  const { locale, step } = (await params) as { locale: Locale; step: string };
  return pageMetadata(locale, `story/${step}`);
}

export default async function StoryStepPage({ params }: PageProps<'/[locale]/story/[step]'>) {
  const { locale, step } = (await params) as { locale: Locale; step: string };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'story' });
  const steps = getEntries('story', locale);
  const index = steps.findIndex((s) => s.slug === step);
  const entry = steps[index]!;
  const fm = entry.frontmatter;
  const prev = steps[index - 1];
  const next = steps[index + 1];
  const claims = loadClaims(locale).filter((c) => fm.claims.includes(c.id));
  const navLink = (s: typeof prev, label: string) =>
    s ? { href: localePath(locale, `story/${s.slug}`), label, title: s.frontmatter.short } : null;

  return (
    <article data-pagefind-body className="measure">
      <Breadcrumbs locale={locale} path={`story/${step}`} />
      <div className="mb-1 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm font-semibold text-muted" data-testid="step-of">
          {t('step.stepOf', { n: fm.step, total: steps.length })}
        </p>
        <CopyLink
          testId="copy-step-link"
          labels={shareLabels(locale)}
        />
      </div>
      <h1 id="step-title" tabIndex={-1} className="mb-2 text-3xl font-bold leading-tight focus:outline-none">
        {fm.title}
      </h1>
      <p className="mb-6 text-lg text-muted">{fm.summary}</p>
      <div className="prose max-w-none">
        <MdxBody entry={entry} />
      </div>
      {fm.choice ? (
        <Choice slug={step} choice={fm.choice} labels={{ heading: t('step.choiceHeading'), consequence: t('step.consequence') }} />
      ) : null}
      {fm.deeper.length > 0 ? (
        <section aria-labelledby="deeper" className="mt-8">
          <SectionHeading id="deeper" title={t('step.deeper')} className="mb-2 text-xl font-bold" />
          <ul className="list-disc space-y-1 pl-6">
            {fm.deeper.map((d) => (
              <li key={d.href}>
                <Link href={`/${locale}/${d.href}`}>{d.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {claims.length > 0 ? (
        <section aria-labelledby="claims" className="mt-8">
          <SectionHeading id="claims" title={t('step.claims')} className="mb-2 text-xl font-bold" />
          <ul className="list-disc space-y-1 pl-6">
            {claims.map((c) => (
              <li key={c.id}>
                <Link href={`${localePath(locale, 'fact-check')}#${c.id}`} data-claim-link={c.id}>
                  {c.claim}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <References order={entry.sourceOrder} sources={sourceMap()} cited={citedIds(entry.body).length} />
      <StepNavigation
        slug={step}
        prev={navLink(prev, t('step.previous'))}
        next={navLink(next, t('step.next'))}
        headingId="step-title"
        announcement={t('step.announce', { n: fm.step, title: fm.short })}
      />
      <p className="mt-3 hidden text-center text-sm text-muted sm:block">{t('step.keysHint')}</p>
    </article>
  );
}
