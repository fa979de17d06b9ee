'use client';

import Link from '@/components/content/Link';
import { useState } from 'react';
import { nextUnread } from '@/lib/story/progress';
import { fill } from '@/lib/text/fill';
import { clearProgress, useProgress } from './useProgress';

interface Props {
  order: string[];
  hrefs: Record<string, string>;
  labels: { progress: string; reset: string; resetDone: string; continue: string };
}

/** How far this visitor has read, a link to continue, and a reset. Shows nothing until read. */
export function ProgressSummary({ order, hrefs, labels }: Props) {
  const progress = useProgress();
  const [cleared, setCleared] = useState(false);
  const read = progress.read.filter((s) => order.includes(s)).length;
  const next = nextUnread(progress, order);
  return (
    <div className="my-6 min-h-12" data-testid="progress-summary">
      {read > 0 ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-line bg-panel px-4 py-3">
          <p data-testid="progress-text">{fill(labels.progress, { read, total: order.length })}</p>
          {next ? (
            <Link href={hrefs[next]!} className="font-semibold">
              {labels.continue}
            </Link>
          ) : null}
          <button
            type="button"
            className="ml-auto rounded border border-line px-3 py-1 text-sm hover:bg-page"
            onClick={() => {
              clearProgress();
              setCleared(true);
            }}
          >
            {labels.reset}
          </button>
        </div>
      ) : null}
      <p role="status" className="sr-only">
        {cleared && read === 0 ? labels.resetDone : ''}
      </p>
    </div>
  );
}
