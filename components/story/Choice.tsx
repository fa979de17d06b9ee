import type { StoryFrontmatter } from '@/lib/content/schema';
import { ChoiceRecorder, type ChoiceLabels } from './ChoiceRecorder';
import { SectionHeading } from '@/components/content/SectionHeading';

/**
 * "What would you do?". The HTML, which is all there is without JavaScript, lists the options as
 * one exclusive group of <details> (opening one closes the others), each revealing where it
 * leads, and a last <details> with what the 2013 buyer did. With JavaScript, opening an option
 * is the choice: it is kept in this browser, and the island shows "You chose …", what the buyer
 * did, where the other answers lead, and a button to choose again.
 */
export function Choice({ slug, choice, labels }: { slug: string; choice: NonNullable<StoryFrontmatter['choice']>; labels: ChoiceLabels & { heading: string; consequence: string; hint: string } }) {
  return (
    <section aria-labelledby="choice" className="not-prose my-10 rounded-lg border border-line bg-panel p-4 sm:p-5" data-testid="choice">
      <SectionHeading id="choice" title={labels.heading} className="text-xl font-bold" />
      <p className="mt-2 text-lg">{choice.question}</p>
      <ChoiceRecorder slug={slug} options={choice.options} buyer={choice.buyer} labels={labels}>
        <p className="mt-3 text-sm text-muted">{labels.hint}</p>
        <ul className="mt-3 space-y-3">
          {choice.options.map((option, i) => (
            <li key={i}>
              <details name={`choice-${slug}`} data-option={i} className="group rounded border border-line bg-page open:border-accent">
                <summary className="flex cursor-pointer list-none items-start gap-3 px-4 py-3 font-semibold [&::-webkit-details-marker]:hidden">
                  <span aria-hidden="true" className="mt-0.5 size-5 shrink-0 rounded-full border-2 border-muted bg-page group-open:border-[6px] group-open:border-accent" />
                  <span>{option.label}</span>
                </summary>
                <div className="mx-4 mb-3 border-t border-line pt-2">
                  <p className="text-sm font-semibold text-muted">{labels.consequence}</p>
                  <p className="mt-1">{option.consequence}</p>
                </div>
              </details>
            </li>
          ))}
        </ul>
        <details className="group mt-4" data-testid="choice-buyer">
          <summary className="cursor-pointer font-semibold text-link">{labels.buyer}</summary>
          <p className="mt-2 border-l-4 border-note-line bg-note px-3 py-2">{choice.buyer}</p>
        </details>
      </ChoiceRecorder>
    </section>
  );
}
