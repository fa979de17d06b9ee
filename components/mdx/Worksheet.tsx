import { keepNumbersWithCounters } from '@/lib/mdx/budoux-text.mjs';

/** A worksheet for the printed handout: numbered questions with space to write answers. */
export function Worksheet({ title, questions }: { title: string; questions: string[] }) {
  return (
    <section aria-label={title} className="not-prose my-8 break-inside-avoid-page rounded border border-line p-4" data-testid="worksheet">
      <h2 className="mb-3 text-xl font-bold">{keepNumbersWithCounters(title)}</h2>
      <ol className="list-decimal space-y-4 pl-6">
        {questions.map((q) => (
          <li key={q}>
            <p>{keepNumbersWithCounters(q)}</p>
            <div className="worksheet-lines mt-2 h-12 border-b border-dashed border-line" />
          </li>
        ))}
      </ol>
    </section>
  );
}
