import type { StoryFrontmatter } from '@/lib/content/schema';
import { ChoiceRecorder, type ChoiceLabels } from './ChoiceRecorder';
import { SectionHeading } from '@/components/content/SectionHeading';

/**
 * "What would you do?": the heading and question here, the options (readable without JavaScript,
 * each a <details>) and the recorded result in the ChoiceRecorder island.
 */
export function Choice({ slug, choice, labels }: { slug: string; choice: NonNullable<StoryFrontmatter['choice']>; labels: ChoiceLabels & { heading: string } }) {
  const { heading, ...islandLabels } = labels;
  return (
    <section aria-labelledby="choice" className="not-prose my-10 rounded-lg border border-line bg-panel p-4 sm:p-5" data-testid="choice">
      <SectionHeading id="choice" title={heading} className="text-xl font-bold" />
      <p className="mt-2 text-lg">{choice.question}</p>
      <ChoiceRecorder slug={slug} options={choice.options} buyer={choice.buyer} labels={islandLabels} />
    </section>
  );
}
