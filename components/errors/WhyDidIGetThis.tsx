import { getTranslations } from 'next-intl/server';
import { Diagnosis } from '@/components/errors/Diagnosis';
import { Section } from '@/components/errors/Section';
import { StaticMarkup } from '@/components/content/StaticMarkup';
import type { Source } from '@/lib/content/schema';
import { diagnosisTable, keySources, recentChanges } from '@/lib/errors/diagnose';
import type { DiagnosisEntry } from '@/lib/errors/schema';
import type { Locale } from '@/lib/i18n/locales';

/**
 * "Why did I get this?": the interactive ranking (an island) and, for readers without
 * JavaScript, a table with the most likely cause for every answer pair.
 */
export async function WhyDidIGetThis({ entry, locale, sources }: { entry: DiagnosisEntry; locale: Locale; sources: Map<string, Source> }) {
  const t = await getTranslations({ locale, namespace: 'errors.diagnose' });
  const sourceView = (id: string) => ({ id, title: sources.get(id)?.title ?? id, url: sources.get(id)?.url ?? '' });
  return (
    <Section id="why" title={t('heading')}>
      <p>{t('intro')}</p>
      <Diagnosis
        causes={entry.causes.map((cause) => ({ id: cause.id, text: cause.text[locale], next: cause.next[locale], sources: cause.sources.map(sourceView), weights: cause.weights }))}
        sources={keySources.map((s) => [s, t(`sources.${s}`)])}
        changes={recentChanges.map((ch) => [ch, t(`changes.${ch}`)])}
        labels={{ sourceLabel: t('sourceLabel'), changeLabel: t('changeLabel'), result: t('result'), next: t('next') }}
      />
      <StaticMarkup name="diagnosis-table" as="details" className="mt-4">
        <summary className="cursor-pointer font-semibold">{t('tableHeading')}</summary>
        <p className="mt-1 text-sm text-muted">{t('noJs')}</p>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm" data-testid="diagnosis-table">
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="py-1 pr-2">{t('sourceLabel')}</th>
                <th scope="col" className="py-1 pr-2">{t('changeLabel')}</th>
                <th scope="col" className="py-1">{t('result')}</th>
              </tr>
            </thead>
            <tbody>
              {diagnosisTable(entry.hex).map((row) => (
                <tr key={`${row.source}-${row.change}`} className="border-b border-line align-top">
                  <td className="py-1 pr-2">{t(`sources.${row.source}`)}</td>
                  <td className="py-1 pr-2">{t(`changes.${row.change}`)}</td>
                  <td className="py-1">{entry.causes.find((x) => x.id === row.causeId)?.text[locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </StaticMarkup>
    </Section>
  );
}
