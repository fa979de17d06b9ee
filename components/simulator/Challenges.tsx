import { challengeIds, type Progress } from '@/lib/simulator';
import { fill } from '@/lib/text/fill';
import type { SimMessages } from './labels';

/**
 * The guided tour: the challenge to play now, and the insight of the one just finished (what
 * happened and why, with a link to the lesson). In free mode, a button to start the tour.
 */
export function Challenges({
  guided,
  progress,
  labels,
  lessonHref,
  onFree,
  onStart,
}: {
  guided: boolean;
  progress: Progress;
  labels: SimMessages['challenges'];
  lessonHref: (id: (typeof challengeIds)[number]) => string;
  onFree: () => void;
  onStart: () => void;
}) {
  const buttonClass = 'min-h-11 rounded border border-line-strong px-3 py-2 text-sm hover:bg-panel';
  if (!guided) {
    return (
      <section aria-labelledby="sim-challenges" className="mb-4 rounded border border-line p-4" data-testid="sim-free">
        <h2 id="sim-challenges" className="font-bold">
          {labels.heading}
        </h2>
        <p className="mt-1 text-sm">{labels.freeNote}</p>
        <button type="button" onClick={onStart} className={`mt-2 ${buttonClass}`} data-testid="challenge-start">
          {labels.start}
        </button>
      </section>
    );
  }
  const total = challengeIds.length;
  const last = progress.current - 1;
  const lastId = last >= 0 ? challengeIds[last] : null;
  const currentId = progress.current < total ? challengeIds[progress.current] : null;
  return (
    <section aria-labelledby="sim-challenges" className="mb-4 rounded border-2 border-link p-4" data-testid="sim-challenges" data-current={currentId ?? 'done'}>
      <h2 id="sim-challenges" className="font-bold">
        {labels.heading}
      </h2>
      <ol className="mt-1 flex flex-wrap gap-1 text-xs">
        {challengeIds.map((id, i) => (
          <li key={id} className={`rounded px-2 py-0.5 ${i < progress.current ? 'bg-ok text-ok-ink' : i === progress.current ? 'bg-link text-page' : 'bg-panel'}`} aria-current={i === progress.current ? 'step' : undefined}>
            {i + 1}. {labels.items[id].title}
            {i < progress.current ? ` (${labels.done})` : ''}
          </li>
        ))}
      </ol>
      {lastId ? (
        <div className="mt-3 rounded bg-ok px-3 py-2" data-testid="challenge-insight" data-challenge={lastId}>
          <p className="font-semibold">
            {labels.done}: {labels.items[lastId].title}
          </p>
          <p className="mt-1 text-sm">
            <span className="font-semibold">{labels.whatHappened}: </span>
            {labels.items[lastId].insight}
          </p>
          <a href={lessonHref(lastId)} className="mt-1 inline-block text-sm">
            {labels.readMore}
          </a>
        </div>
      ) : null}
      {currentId ? (
        <div className="mt-3" data-testid="challenge-goal" data-challenge={currentId}>
          <p className="text-sm text-muted">{fill(labels.step, { n: progress.current + 1, total })}</p>
          <p className="font-semibold">{labels.items[currentId].title}</p>
          <p className="mt-1">
            <span className="font-semibold">{labels.goalLabel}: </span>
            {labels.items[currentId].goal}
          </p>
        </div>
      ) : (
        <p className="mt-3 font-semibold" data-testid="challenges-done">
          {labels.allDone}
        </p>
      )}
      <button type="button" onClick={onFree} className={`mt-3 ${buttonClass}`} data-testid="challenge-free">
        {labels.free}
      </button>
    </section>
  );
}
