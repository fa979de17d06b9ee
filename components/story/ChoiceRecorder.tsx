'use client';

import { useEffect, useRef } from 'react';
import { setChoice } from '@/lib/story/progress';
import { updateProgress, useProgress } from './useProgress';

/**
 * Wraps the step's choice. The options are plain <details> (readable without JS); with JS,
 * opening one records it as this visitor's choice and reopens it on return.
 */
export function ChoiceRecorder({ slug, children }: { slug: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const { choices } = useProgress();
  const chosen = choices[slug];

  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const options = [...root.querySelectorAll<HTMLDetailsElement>('details[data-option]')];
    options.forEach((d, i) => d.toggleAttribute('data-chosen', i === chosen));
    if (chosen !== undefined && options[chosen] && !options.some((d) => d.open)) options[chosen].open = true;
    function onToggle(event: Event) {
      const d = event.target as HTMLDetailsElement;
      if (!d.open || !d.dataset.option) return;
      updateProgress((p) => setChoice(p, slug, Number(d.dataset.option)));
    }
    root.addEventListener('toggle', onToggle, true);
    return () => root.removeEventListener('toggle', onToggle, true);
  }, [slug, chosen]);

  return <div ref={ref}>{children}</div>;
}
