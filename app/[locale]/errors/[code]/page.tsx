import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { CodeDetails } from '@/components/errors/CodeDetails';
import { ErrorMessage } from '@/components/errors/ErrorMessage';
import { InStory } from '@/components/errors/InStory';
import { Bullets, Section } from '@/components/errors/Section';
import { WhyDidIGetThis } from '@/components/errors/WhyDidIGetThis';
import { References } from '@/components/mdx/References';
import { CopyLink } from '@/components/share/CopyLink';
import { shareLabels } from '@/components/share/share-labels';
import { getEntries, sourceMap } from '@/lib/content/load';
import { errorCodes, getCode, getDiagnosisEntry } from '@/lib/errors/data';
import { hexFromSlug, slugOf } from '@/lib/errors/lookup';
import { presetShowing } from '@/lib/errors/preset';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return errorCodes.map((c) => ({ code: slugOf(c.hex) }));
}

export async function generateMetadata({ params }: PageProps<'/[locale]/errors/[code]'>) {
  const { locale, code } = (await params) as { locale: Locale; code: string };
  return pageMetadata(locale, `errors/${code}`);
}

export default async function ErrorCodePage({ params }: PageProps<'/[locale]/errors/[code]'>) {
  const { locale, code: slug } = (await params) as { locale: Locale; code: string };
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'errors.code' });
  const code = getCode(hexFromSlug(slug) ?? '')!;
  const entry = getDiagnosisEntry(code.hex);
  const sources = sourceMap();
  const steps = getEntries('story', locale)
    .filter((s) => code.inStory.includes(s.slug))
    .map((s) => ({ slug: s.slug, title: s.frontmatter.title }));

  return (
    <article data-pagefind-body className="measure">
      <Breadcrumbs locale={locale} path={`errors/${slug}`} />
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h1 className="font-mono text-3xl font-bold" data-testid="error-code">
          {code.hex}
        </h1>
        <CopyLink testId="copy-code-link" labels={shareLabels(locale)} />
      </div>
      <ErrorMessage code={code} locale={locale} />
      <Section id="meaning" title={t('meaning')} serverOnly>
        <p>{code.meaning[locale]}</p>
      </Section>
      {entry ? <WhyDidIGetThis entry={entry} locale={locale} sources={sources} /> : null}
      <Section id="causes" title={t('causes')} serverOnly>
        <Bullets items={code.causes[locale]} />
      </Section>
      <Section id="what-to-do" title={t('whatToDo')} serverOnly>
        <Bullets items={code.whatToDo[locale]} />
      </Section>
      {code.caveat ? (
        <Section id="caveat" title={t('caveat')} serverOnly>
          <p className="rounded border-l-4 border-warn-line bg-warn px-3 py-2">{code.caveat[locale]}</p>
        </Section>
      ) : null}
      <InStory locale={locale} steps={steps} preset={presetShowing(code.hex)} labels={{ heading: t('inStory'), simulator: t('inSimulator') }} />
      {code.related.length ? (
        <Section id="related" title={t('related')} serverOnly>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 font-mono">
            {code.related.map((hex) => (
              <li key={hex}>
                <Link href={localePath(locale, `errors/${slugOf(hex)}`)}>{hex}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section id="details" title={t('details')} serverOnly>
        <CodeDetails code={code} labels={{ hex: t('hex'), signed: t('signed'), unsigned: t('unsigned'), symbol: t('symbol'), appliesTo: t('appliesTo') }} />
      </Section>
      <References order={code.sources} sources={sources} cited={code.sources.length} />
    </article>
  );
}
