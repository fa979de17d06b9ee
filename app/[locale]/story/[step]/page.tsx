import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MdxBody } from '@/components/content/MdxBody';
import { References } from '@/components/mdx/References';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { CopyLink } from '@/components/share/CopyLink';
import { shareLabels } from '@/components/share/share-labels';
import { Choice } from '@/components/story/Choice';
import { StepNav } from '@/components/story/StepNav';
import { StepLinks } from '@/components/story/StepLinks';
import { StepPager } from '@/components/story/StepPager';
import { Phrases } from '@/components/content/Phrases';
import css from '@/components/story/Step.module.css';
import { citedIds, getEntries, getSlugs, loadClaims, sourceMap } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getSlugs('story').map((step) => ({ step }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/story/[step]'>) {
  const { locale, step } = (await params) as { locale: Locale; step: string };
  return pageMetadata(locale, `story/${step}`);
}

/** One story step: the step nav beside the text, the choice, previous/next, then the rest. */
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
  const stepOf = t('step.stepOf', { n: fm.step, total: steps.length });
  const navLink = (s: typeof prev, label: string) =>
    s ? { href: localePath(locale, `story/${s.slug}`), label, title: s.frontmatter.short } : null;
  const navItems = steps.map((s) => ({ slug: s.slug, step: s.frontmatter.step, short: s.frontmatter.short, href: localePath(locale, `story/${s.slug}`) }));

  return (
    <>
      <Breadcrumbs locale={locale} path={`story/${step}`} />
      <div className={css.layout}>
        <StepNav
          steps={navItems}
          current={step}
          labels={{ nav: t('nav.label'), stepOf, showAll: t('nav.showAll'), hide: t('nav.hide'), read: t('nav.read') }}
        />
        <article data-pagefind-body className="measure">
          <div className={css.top}>
            <p className={css.stepOf} data-testid="step-of">
              {stepOf}
            </p>
            <CopyLink testId="copy-step-link" labels={shareLabels(locale)} />
          </div>
          <h1 id="step-title" tabIndex={-1} className={`phrases ${css.title}`}>
            <Phrases text={fm.title} lang={locale} />
          </h1>
          <p className={css.lead}>{fm.summary}</p>
          <MdxBody entry={entry} />
          {fm.choice ? (
            <Choice
              slug={step}
              choice={fm.choice}
              labels={{
                heading: t('step.choiceHeading'),
                consequence: t('step.consequence'),
                hint: t('choice.hint'),
                youChose: t('choice.youChose'),
                buyer: t('choice.buyer'),
                others: t('choice.others'),
                again: t('choice.again'),
              }}
            />
          ) : null}
          <StepPager
            slug={step}
            prev={navLink(prev, t('step.previous'))}
            next={navLink(next, t('step.next'))}
            label={t('step.pager')}
            announcement={t('step.announce', { n: fm.step, title: fm.short })}
          />
          <p className={`needs-js ${css.keys}`}>{t('step.keysHint')}</p>
          <StepLinks locale={locale} deeper={fm.deeper} claims={claims} labels={{ deeper: t('step.deeper'), claims: t('step.claims') }} />
          <References order={entry.sourceOrder} sources={sourceMap()} cited={citedIds(entry.body).length} />
        </article>
      </div>
    </>
  );
}
