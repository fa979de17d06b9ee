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

const verdictStyle: Record<(typeof verdicts)[number], string> = {
  documented: 'bg-ok text-ok-ink',
  'partly-documented': 'bg-warn text-ink',
  'not-documented': 'bg-panel text-ink border border-line',
  contradicted: 'bg-bad text-bad-ink',
};

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
      <ol className="space-y-6">
        {claims.map((claim) => (
          <li key={claim.id} id={claim.id} data-verdict={claim.verdict} className="scroll-mt-4 rounded border border-line p-4">
            <p className="text-sm text-muted">
              {t('factCheck.speaker')}: {t(`factCheck.speakers.${claim.speaker}`)}
            </p>
            <h2 className="mt-1 text-lg font-bold">
              {claim.claim}
              <HeadingAnchor id={claim.id} label={c('sectionLink', { title: claim.claim })} />
            </h2>
            <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
              <p>
                <span className="sr-only">{t('factCheck.verdict')}: </span>
                <span className={`inline-block rounded px-2 py-0.5 text-sm font-bold ${verdictStyle[claim.verdict]}`} data-testid="verdict">
                  {t(`factCheck.verdicts.${claim.verdict}`)}
                </span>
              </p>
              <CopyLink hash={claim.id} context={claim.claim} labels={share} testId={`copy-claim-${claim.id}`} />
            </div>
            <p className="mt-2">
              <strong>{t('factCheck.reason')}:</strong> {claim.reason}
            </p>
            <p className="mt-2 text-sm">
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
              <p className="mt-1 text-sm">
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
