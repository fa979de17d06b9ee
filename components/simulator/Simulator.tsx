'use client';

import { useEffect, useMemo, useState } from 'react';
import { challengeIds, challengeParams, lessons, parse, progress, serialise, type Params, type Scenario } from '@/lib/simulator';
import { fill } from '@/lib/text/fill';
import { CopyLink } from '@/components/share/CopyLink';
import { HydratedMark } from '@/components/hooks/HydratedMark';
import { Challenges } from './Challenges';
import type { DialogMessages, SimLabels } from './labels';
import { Playground } from './Playground';
import { Settings } from './Settings';
import { useScenarioUrl, writeScenario } from './useScenarioUrl';

/** The sticky line on phones: the challenge just finished, or the one in play. */
function compactNote(current: number, labels: SimLabels['challenges']): string {
  if (current >= challengeIds.length) return labels.allDone;
  const title = labels.items[challengeIds[current]!].title;
  return `${fill(labels.step, { n: current + 1, total: challengeIds.length })}: ${title}`;
}

/** The MAK simulator page's island: the scenario lives in the URL, the challenges guide the visitor. */
export function Simulator({ labels, errorBase, siteBase, dialogMessages }: { labels: SimLabels; errorBase: string; siteBase: string; dialogMessages: DialogMessages }) {
  const { scenario, corrections, guided, fromPreset } = useScenarioUrl();
  const tour = useMemo(() => progress(scenario), [scenario]);
  const [qr, setQr] = useState('');

  // A ?preset=… link becomes the full scenario in the address bar, so a copied link carries it.
  useEffect(() => {
    if (fromPreset) writeScenario(scenario, false);
  }, [fromPreset, scenario]);

  useEffect(() => {
    function beforePrint() {
      import('qrcode')
        .then((q) => q.toString(window.location.href, { type: 'svg', margin: 1 }))
        .then(setQr)
        .catch(() => setQr(''));
    }
    window.addEventListener('beforeprint', beforePrint);
    return () => window.removeEventListener('beforeprint', beforePrint);
  }, []);

  /** Writes the scenario; when it finishes a challenge, returns its insight to announce. */
  function onScenario(next: Scenario): string {
    writeScenario(next, guided);
    if (!guided) return '';
    const after = progress(next).current;
    if (after <= tour.current) return '';
    const id = challengeIds[after - 1]!;
    return `${labels.challenges.done}: ${labels.challenges.items[id].title}. ${labels.challenges.items[id].insight}`;
  }

  /** A changed setting goes through the same parser as a URL, so it is checked the same way. */
  const setParams = (change: Partial<Params>) => writeScenario(parse(serialise({ ...scenario, params: { ...scenario.params, ...change } })).scenario, guided);
  const setKey = (key: Params['key']) =>
    writeScenario(parse(serialise({ params: { ...scenario.params, key, seats: key === 'retail' ? 1 : scenario.params.seats }, events: scenario.events })).scenario, guided);

  return (
    <HydratedMark className="needs-js" data-testid="simulator">
      {corrections.length ? (
        <div role="alert" className="mb-4 rounded border-l-4 border-warn-line bg-warn px-4 py-3" data-testid="sim-corrections">
          <p className="font-semibold">{labels.corrected}</p>
          <ul className="mt-1 list-disc pl-6 text-sm">
            {corrections.map((c, i) => (
              <li key={i}>
                {c.field === 'preset'
                  ? labels.correctionText['unknown-preset']
                  : fill(labels.correctionText[c.problem], { field: labels.fieldNames[c.field], applied: c.applied })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Playground
        scenario={scenario}
        onScenario={onScenario}
        labels={labels}
        errorBase={errorBase}
        dialogMessages={dialogMessages}
        before={
          <Challenges
            guided={guided}
            progress={tour}
            labels={labels.challenges}
            lessonHref={(id) => `${siteBase}${lessons[id]}/`}
            onFree={() => writeScenario(scenario, false)}
            onStart={() => writeScenario({ params: challengeParams, events: [] }, true)}
          />
        }
        compactNote={guided ? compactNote(tour.current, labels.challenges) : undefined}
        after={<Settings params={scenario.params} labels={labels.params} errors={labels.fieldErrors} toggles={labels.assumptionToggle} onParams={setParams} onKey={setKey} />}
        toolbar={<CopyLink keepQuery labels={labels.share} testId="sim-copy" />}
      />
      <figure className="print-only mt-6 hidden">
        <span className="inline-block h-32 w-32 bg-white" dangerouslySetInnerHTML={{ __html: qr }} />
        <figcaption className="text-sm">{labels.printQr}</figcaption>
      </figure>
    </HydratedMark>
  );
}
