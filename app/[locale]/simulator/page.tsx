import Link from '@/components/content/Link';
import { setRequestLocale } from 'next-intl/server';
import { shareLabels } from '@/components/share/share-labels';
import { Simulator, type SimLabels } from '@/components/simulator/Simulator';
import { eventLabel, failedCode, resultLabel } from '@/components/simulator/format';
import { sourceMap } from '@/lib/content/load';
import { messages } from '@/lib/content/page-info';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { withBasePath } from '@/lib/site';
import { presetIds, presets, rules, run, summarise } from '@/lib/simulator';
import { SectionHeading } from '@/components/content/SectionHeading';

export async function generateMetadata({ params }: PageProps<'/[locale]/simulator'>) {
  return pageMetadata((await params).locale as Locale, 'simulator');
}

export default async function SimulatorPage({ params }: PageProps<'/[locale]/simulator'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const m = messages(locale, 'simulator') as Record<string, unknown> & SimLabels & { ruleText: Record<string, string>; rules: Record<string, string>; presets: Record<string, string> };
  const sources = sourceMap();
  const errorBase = withBasePath(localePath(locale, 'errors'));
  const labels: SimLabels = { ...m, share: { ...shareLabels(locale), copy: m.copyLink } };
  return (
    <article data-pagefind-body>
      <h1 className="mb-4 text-3xl font-bold">{m.title as string}</h1>
      <p className="measure mb-6">{m.intro as string}</p>
      <noscript>
        <p className="measure mb-6 rounded border-l-4 border-warn-line bg-warn px-4 py-3">{m.noJs as string}</p>
      </noscript>

      <nav aria-labelledby="presets" className="mb-6">
        <SectionHeading id="presets" title={m.presets.heading ?? ''} className="mb-2 text-xl font-bold" />
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {presetIds.map((id) => (
            <li key={id} className="rounded border border-line p-3">
              <a href={`${withBasePath(localePath(locale, 'simulator'))}?preset=${id}`} className="font-semibold" data-testid={`preset-${id}`}>
                {m.presets[id]}
              </a>
              <p className="mt-1 text-sm text-muted">{m.presets[`${id}Text`]}</p>
            </li>
          ))}
        </ul>
      </nav>

      <Simulator labels={labels} errorBase={`${errorBase}`} />

      <section aria-labelledby="rules" className="measure mt-10">
        <SectionHeading id="rules" title={m.rules.heading ?? ''} className="mb-3 text-xl font-bold" />
        <ul className="space-y-3">
          {rules.map((rule) => (
            <li key={rule.id} id={`rule-${rule.id}`} className="rounded border border-line p-3">
              <span className={`mr-2 rounded px-2 py-0.5 text-xs font-bold ${rule.kind === 'documented' ? 'bg-ok text-ok-ink' : 'bg-warn text-ink'}`}>{m.rules[rule.kind]}</span>
              {m.ruleText[rule.id]}
              <span className="mt-1 block text-xs text-muted">
                {rule.sources.map((id, i) => (
                  <span key={id}>
                    {i > 0 ? ' · ' : ''}
                    <a href={sources.get(id)?.url} rel="noreferrer">
                      {sources.get(id)?.title ?? id}
                    </a>
                  </span>
                ))}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="preset-outcomes" className="mt-10">
        <SectionHeading id="preset-outcomes" title={m.presetOutcomes as string} className="mb-3 text-xl font-bold" />
        {presetIds.map((id) => {
          const { state, log } = run(presets[id]);
          const s = summarise(state);
          return (
            <details key={id} className="mb-3 rounded border border-line px-4 py-2" data-testid={`outcome-${id}`}>
              <summary className="cursor-pointer font-semibold">
                {m.presets[id]} — {s.seatsInUse}/{s.seatsBought} · {s.activationsUsed}/{s.activationLimit ?? '—'}
              </summary>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full text-left text-sm">
                  <thead>
                    <tr className="border-b border-line">
                      <th scope="col" className="py-1 pr-2">#</th>
                      <th scope="col" className="py-1 pr-2">{(m.presetTable as Record<string, string>).event}</th>
                      <th scope="col" className="py-1">{(m.presetTable as Record<string, string>).result}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {log.map((entry, i) => {
                      const code = failedCode(entry);
                      return (
                        <tr key={i} className="border-b border-line">
                          <td className="py-1 pr-2">{i + 1}</td>
                          <td className="py-1 pr-2">{eventLabel(entry.event, m.eventText)}</td>
                          <td className="py-1">
                            {code ? <Link href={localePath(locale, `errors/${code.toLowerCase()}`)}>{code}</Link> : resultLabel(entry.result, m.resultText)}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </details>
          );
        })}
      </section>
    </article>
  );
}
