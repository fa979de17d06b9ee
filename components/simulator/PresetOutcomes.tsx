import Link from '@/components/content/Link';
import { SectionHeading } from '@/components/content/SectionHeading';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { presetIds, presets, run, summarise } from '@/lib/simulator';
import { withBasePath } from '@/lib/site';
import { eventLabel, failedCode, resultLabel, stateSentence } from './format';
import type { SimMessages } from './labels';
import { StaticMarkup } from '@/components/content/StaticMarkup';

/** The scenarios to load (plain links, so they work without JavaScript). */
export function PresetLinks({ m, locale }: { m: SimMessages; locale: Locale }) {
  return (
    <StaticMarkup name="presets" as="nav" aria-labelledby="presets" className="below-fold pt-10">
      <SectionHeading id="presets" title={m.presets.heading} className="mb-2 text-xl font-bold" />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {presetIds.map((id) => (
          <li key={id} className="rounded border border-line p-3">
            <a href={`${withBasePath(localePath(locale, 'simulator'))}?preset=${id}`} className="inline-block py-2.5 font-semibold" data-testid={`preset-${id}`}>
              {m.presets[id]}
            </a>
            <p className="mt-1 text-sm text-muted">{m.presets[`${id}Text`]}</p>
          </li>
        ))}
      </ul>
    </StaticMarkup>
  );
}

/** Each scenario's outcome as a table, worked out at build time: the simulator's story without JavaScript. */
export function PresetOutcomes({ m, locale }: { m: SimMessages; locale: Locale }) {
  return (
    <StaticMarkup name="preset-outcomes" as="section" aria-labelledby="preset-outcomes" className="mt-10">
      <SectionHeading id="preset-outcomes" title={m.presetOutcomes} className="mb-3 text-xl font-bold" />
      {presetIds.map((id) => {
        const { state, log } = run(presets[id]);
        return (
          <details key={id} className="mb-3 rounded border border-line px-4 py-0.5 open:pb-3" data-testid={`outcome-${id}`}>
            <summary className="cursor-pointer py-2.5 font-semibold">{m.presets[id]}</summary>
            <p className="mt-2 text-sm">
              {stateSentence(summarise(state), m)}
            </p>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-line">
                    <th scope="col" className="py-1 pr-2">
                      #
                    </th>
                    <th scope="col" className="py-1 pr-2">
                      {m.presetTable.event}
                    </th>
                    <th scope="col" className="py-1">
                      {m.presetTable.result}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {log.map((entry, i) => {
                    const code = failedCode(entry);
                    return (
                      <tr key={i} className="border-b border-line">
                        <td className="py-1 pr-2">{i + 1}</td>
                        <td className="py-1 pr-2">{eventLabel(entry.event, m.eventText)}</td>
                        <td className="py-1">{code ? <Link href={localePath(locale, `errors/${code.toLowerCase()}`)}>{code}</Link> : resultLabel(entry.result, m.resultText)}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </details>
        );
      })}
    </StaticMarkup>
  );
}
