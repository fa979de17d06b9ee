import type { StoryFrontmatter } from '@/lib/content/schema';
import { ChoiceRecorder } from './ChoiceRecorder';
import { SectionHeading } from '@/components/content/SectionHeading';

/** "What would you do?": each option is a <details> revealing its consequence (works without JS). */
export function Choice({ slug, choice, labels }: { slug: string; choice: NonNullable<StoryFrontmatter['choice']>; labels: { heading: string; consequence: string } }) {
  return (
    <section aria-labelledby="choice" className="not-prose my-10 rounded-lg border border-line bg-panel p-5">
      <SectionHeading id="choice" title={labels.heading} className="text-xl font-bold" />
      <p className="mt-2 text-lg">{choice.question}</p>
      <ChoiceRecorder slug={slug}>
        <ul className="mt-4 space-y-3">
          {choice.options.map((option, i) => (
            <li key={i}>
              <details data-option={i} className="group rounded border border-line bg-page px-4 py-2 data-[chosen]:border-accent">
                <summary className="cursor-pointer py-1 font-semibold">{option.label}</summary>
                <div className="mt-2 border-t border-line pt-2">
                  <p className="text-sm font-semibold text-muted">{labels.consequence}</p>
                  <p className="mt-1">{option.consequence}</p>
                </div>
              </details>
            </li>
          ))}
        </ul>
      </ChoiceRecorder>
    </section>
  );
}
