import type { SelfCheck as SelfCheckItem } from '@/lib/content/schema';
import { SectionHeading } from '@/components/content/SectionHeading';

/** A lesson's self-check questions; the answer sits in a <details> (works without JS, opens in print). */
export function SelfCheck({ items, labels }: { items: SelfCheckItem[]; labels: { heading: string; answer: string; correct: string } }) {
  return (
    <section aria-labelledby="self-check" className="not-prose mt-10 rounded-lg border border-line bg-panel p-5">
      <SectionHeading id="self-check" title={labels.heading} className="mb-4 text-xl font-bold" />
      <ol className="space-y-6">
        {items.map((q, i) => (
          <li key={q.id} id={q.id}>
            <p className="font-semibold">
              {i + 1}. {q.question}
            </p>
            <ol className="mt-2 list-[upper-alpha] space-y-1 pl-6">
              {q.options.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ol>
            <details className="mt-2">
              <summary className="cursor-pointer text-link">{labels.answer}</summary>
              <p className="mt-1">
                <strong>
                  {labels.correct} {String.fromCharCode(65 + q.answer)}. {q.options[q.answer]}
                </strong>
              </p>
              <p className="mt-1">{q.explanation}</p>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
