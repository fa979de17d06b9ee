import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Diagnosis } from '@/components/errors/Diagnosis';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { CopyLink } from '@/components/share/CopyLink';
import { shareLabels } from '@/components/share/share-labels';
import { getEntries, sourceMap } from '@/lib/content/load';
import { errorCodes, getCode, getDiagnosisEntry } from '@/lib/errors/data';
import { diagnosisTable, keySources, recentChanges } from '@/lib/errors/diagnose';
import { hexFromSlug, slugOf } from '@/lib/errors/lookup';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { SectionHeading } from '@/components/content/SectionHeading';

export const dynamicParams = false;

export function generateStaticParams() {
  return errorCodes.map((c) => ({ code: slugOf(c.hex) }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/errors/[code]'>) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  return pageMetadata(locale, `errors/${code}`);
}

/** Which simulator preset shows this code happening. */
const simulatorPreset: Record<string, string> = { '0xC004C003': 'reseller', '0xC004C020': 'reseller' };

export default async function ErrorCodePage({ params }: PageProps<'/[locale]/errors/[code]'>) {
  const { locale, code: slug } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'errors' });
  const c = await getTranslations({ locale, namespace: 'common' });
  const code = getCode(hexFromSlug(slug) ?? '')!;
  const sources = sourceMap();
  const entry = getDiagnosisEntry(code.hex);
  const steps = getEntries('story', locale).filter((s) => (code.inStory as string[]).includes(s.slug));
  const sourceView = (id: string) => ({ id, title: sources.get(id)?.title ?? id, url: sources.get(id)?.url ?? '' });
  const preset = simulatorPreset[code.hex];
  const section = (id: string, title: string, children: React.ReactNode) => (
    <section aria-labelledby={id} className="mt-8">
      <SectionHeading id={id} title={title} className="mb-2 text-xl font-bold" />
      {children}
    </section>
  );

  return (
    <article data-pagefind-body className="measure">
      <Breadcrumbs locale={locale} path={`errors/${slug}`} />
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 className="font-mono text-3xl font-bold" data-testid="error-code">
          {code.hex}
        </h1>
        <CopyLink testId="copy-code-link" labels={shareLabels(locale)} />
      </div>

      <section aria-labelledby="message" className="mt-4 rounded border-l-4 border-bad-ink bg-bad px-4 py-3">
        <SectionHeading id="message" title={t('code.messageHeading')} className="text-sm font-semibold" />
        <p className="mt-1 text-lg" data-testid="error-message">
          {code.message[locale]}
        </p>
        {code.messageIsParaphrase ? <p className="mt-1 text-sm">{t('code.paraphrase')}</p> : null}
      </section>

      {section('meaning', t('code.meaning'), <p>{code.meaning[locale]}</p>)}

      {entry
        ? section(
            'why',
            t('diagnose.heading'),
            <>
              <p>{t('diagnose.intro')}</p>
              <Diagnosis
                causes={entry.causes.map((cause) => ({ id: cause.id, text: cause.text[locale], next: cause.next[locale], sources: cause.sources.map(sourceView), weights: cause.weights }))}
                sources={keySources.map((s) => [s, t(`diagnose.sources.${s}`)])}
                changes={recentChanges.map((ch) => [ch, t(`diagnose.changes.${ch}`)])}
                labels={{ sourceLabel: t('diagnose.sourceLabel'), changeLabel: t('diagnose.changeLabel'), result: t('diagnose.result'), next: t('diagnose.next') }}
              />
              <details className="mt-4">
                <summary className="cursor-pointer font-semibold">{t('diagnose.tableHeading')}</summary>
                <p className="mt-1 text-sm text-muted">{t('diagnose.noJs')}</p>
                <div className="mt-2 overflow-x-auto">
                  <table className="w-full border-collapse text-left text-sm" data-testid="diagnosis-table">
                    <thead>
                      <tr className="border-b-2 border-line">
                        <th scope="col" className="py-1 pr-2">{t('diagnose.sourceLabel')}</th>
                        <th scope="col" className="py-1 pr-2">{t('diagnose.changeLabel')}</th>
                        <th scope="col" className="py-1">{t('diagnose.result')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {diagnosisTable(code.hex).map((row) => (
                        <tr key={`${row.source}-${row.change}`} className="border-b border-line align-top">
                          <td className="py-1 pr-2">{t(`diagnose.sources.${row.source}`)}</td>
                          <td className="py-1 pr-2">{t(`diagnose.changes.${row.change}`)}</td>
                          <td className="py-1">{entry.causes.find((x) => x.id === row.causeId)?.text[locale]}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </details>
            </>,
          )
        : null}

      {section(
        'causes',
        t('code.causes'),
        <ul className="list-disc space-y-1 pl-6">
          {code.causes[locale].map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>,
      )}
      {section(
        'what-to-do',
        t('code.whatToDo'),
        <ul className="list-disc space-y-1 pl-6">
          {code.whatToDo[locale].map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>,
      )}
      {code.caveat
        ? section(
            'caveat',
            t('code.caveat'),
            <p className="rounded border-l-4 border-warn-line bg-warn px-3 py-2">{code.caveat[locale]}</p>,
          )
        : null}
      {steps.length || preset
        ? section(
            'in-story',
            t('code.inStory'),
            <ul className="list-disc space-y-1 pl-6">
              {steps.map((s) => (
                <li key={s.slug}>
                  <Link href={localePath(locale, `story/${s.slug}`)}>{s.frontmatter.title}</Link>
                </li>
              ))}
              {preset ? (
                <li>
                  <Link href={`${localePath(locale, 'simulator')}?preset=${preset}`}>{t('code.inSimulator')}</Link>
                </li>
              ) : null}
            </ul>,
          )
        : null}
      {code.related.length
        ? section(
            'related',
            t('code.related'),
            <ul className="flex flex-wrap gap-x-4 gap-y-1 font-mono">
              {code.related.map((hex) => (
                <li key={hex}>
                  <Link href={localePath(locale, `errors/${slugOf(hex)}`)}>{hex}</Link>
                </li>
              ))}
            </ul>,
          )
        : null}
      {section(
        'details',
        t('code.details'),
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-muted">{t('code.hex')}</dt>
          <dd className="font-mono">
            {code.hex} ({code.hex.slice(2)})
          </dd>
          <dt className="text-muted">{t('code.signed')}</dt>
          <dd className="font-mono">{code.signed}</dd>
          <dt className="text-muted">{t('code.unsigned')}</dt>
          <dd className="font-mono">{code.unsigned}</dd>
          {code.symbol ? (
            <>
              <dt className="text-muted">{t('code.symbol')}</dt>
              <dd className="break-all font-mono">{code.symbol}</dd>
            </>
          ) : null}
          <dt className="text-muted">{t('code.appliesTo')}</dt>
          <dd>{code.appliesTo.join(', ')}</dd>
        </dl>,
      )}
      <section aria-labelledby="references" className="mt-12 border-t border-line pt-6 text-sm">
        <SectionHeading id="references" title={c('citations.heading')} className="mb-3 text-lg font-bold" />
        <ol className="list-decimal space-y-2 pl-6">
          {code.sources.map((id) => {
            const s = sources.get(id);
            return (
              <li key={id} id={`ref-${id}`}>
                <a href={s?.url} lang={s?.language} rel="noreferrer">
                  {s?.title ?? id}
                </a>
                <span className="text-muted"> — {s?.publisher}</span>
              </li>
            );
          })}
        </ol>
      </section>
    </article>
  );
}
