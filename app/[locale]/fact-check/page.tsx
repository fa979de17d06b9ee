import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { VerdictFilter } from '@/components/learn/VerdictFilter';
import { CopyLink } from '@/components/share/CopyLink';
import { shareLabels } from '@/components/share/share-labels';
import { getEntries, loadClaims, sourceMap } from '@/lib/content/load';
import { verdicts } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { HeadingAnchor } from '@/components/content/HeadingAnchor';
import css from './fact-check.module.css';

export async function generateMetadata({ params }: PageProps<'/[locale]/fact-check'>) {
  return pageMetadata((await params).locale as Locale, 'fact-check');
}

export default async function FactCheckPage({ params }: PageProps<'/[locale]/fact-check'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'learn' });
  const c = await getTranslations({ locale, namespace: 'common' });
  const sources = sourceMap();
  const claims = loadClaims(locale);
  const steps = getEntries('story', locale);
  const stepsFor = (id: string) => steps.filter((s) => s.frontmatter.claims.includes(id));
  const share = shareLabels(locale);
  return (
    <article data-pagefind-body className="measure">
      <h1 className="mb-4 text-3xl font-bold">{t('factCheck.title')}</h1>
      <p>{t('factCheck.intro')}</p>
      <VerdictFilter
        verdicts={verdicts.map((v) => ({ id: v, label: t(`factCheck.verdicts.${v}`) }))}
        labels={{ filter: t('factCheck.filter'), all: t('factCheck.all'), showing: t.raw('factCheck.showing') as string }}
      />
      <ol className={css.list}>
        {claims.map((claim) => (
          <li key={claim.id} id={claim.id} data-verdict={claim.verdict}>
            <p>
              {t('factCheck.speaker')}: {t(`factCheck.speakers.${claim.speaker}`)}
            </p>
            <h2>
              {claim.claim}
              <HeadingAnchor id={claim.id} label={c('sectionLink', { title: claim.claim })} />
            </h2>
            <div className={css.row}>
              <p>
                <span className="sr-only">{t('factCheck.verdict')}: </span>
                <span className={css.verdict} data-testid="verdict">
                  {t(`factCheck.verdicts.${claim.verdict}`)}
                </span>
              </p>
              <CopyLink hash={claim.id} context={claim.claim} labels={share} testId={`copy-claim-${claim.id}`} />
            </div>
            <p>
              <strong>{t('factCheck.reason')}:</strong> {claim.reason}
            </p>
            <p className={css.small}>
              <strong>{t('factCheck.sources')}:</strong>{' '}
              {claim.sources.map((id, i) => {
                const s = sources.get(id);
                return (
                  <span key={id}>
                    {i > 0 ? ' · ' : ''}
                    <a href={s?.url} lang={s?.language} rel="noreferrer">
                      {s?.title ?? id}
                    </a>
                  </span>
                );
              })}
            </p>
            {stepsFor(claim.id).length ? (
              <p className={css.small}>
                <strong>{t('factCheck.inStory')}:</strong>{' '}
                {stepsFor(claim.id).map((s, i) => (
                  <span key={s.slug}>
                    {i > 0 ? ' · ' : ''}
                    <Link href={localePath(locale, `story/${s.slug}`)}>{s.frontmatter.short}</Link>
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
