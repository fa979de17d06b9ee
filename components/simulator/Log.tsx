import type { LogEntry } from '@/lib/simulator';
import { eventLabel, failedCode, resultLabel } from './format';
import type { SimMessages } from './labels';

/** Every event so far, with its result; a failure names its code, linked to the code's page. */
export function Log({ log, labels, errorBase }: { log: LogEntry[]; labels: Pick<SimMessages, 'log' | 'eventText' | 'resultText'>; errorBase: string }) {
  return (
    <section aria-labelledby="sim-log-heading" className="mt-6">
      <h2 id="sim-log-heading" className="font-bold">
        {labels.log.heading}
      </h2>
      {log.length === 0 ? (
        <p className="text-muted">{labels.log.empty}</p>
      ) : (
        <ol className="mt-2 list-decimal space-y-1 pl-6 text-sm" data-testid="sim-log">
          {log.map((entry, i) => {
            const code = failedCode(entry);
            return (
              <li key={i} data-code={code ?? undefined}>
                {eventLabel(entry.event, labels.eventText)} →{' '}
                {code ? (
                  <span className="font-semibold text-bad-ink">
                    {labels.log.failed} <a href={`${errorBase}${code.toLowerCase()}/`}>{code}</a>
                  </span>
                ) : (
                  <span className={entry.result.ok ? '' : 'text-muted'}>{resultLabel(entry.result, labels.resultText)}</span>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
