import type { StoryFrontmatter } from '@/lib/content/schema';
import { ChoiceRecorder, type ChoiceLabels } from './ChoiceRecorder';
import { SectionHeading } from '@/components/content/SectionHeading';
import { keepNumbersWithCounters as keep } from '@/lib/mdx/budoux-text.mjs';
import c from './Choice.module.css';

/**
 * "What would you do?": the heading and question here, the options (readable without JavaScript,
 * each a <details>) and the recorded result in the ChoiceRecorder island.
 */
export function Choice({ slug, choice, labels }: { slug: string; choice: NonNullable<StoryFrontmatter['choice']>; labels: ChoiceLabels & { heading: string } }) {
  const { heading, ...islandLabels } = labels;
  // A number keeps its counter ("2\u00a0本目") in the island's text too, as in the MDX prose.
  const options = choice.options.map((o) => ({ label: keep(o.label), consequence: keep(o.consequence) }));
  return (
    <section aria-labelledby="choice" className={`not-prose ${c.section}`} data-testid="choice">
      <SectionHeading id="choice" title={heading} className={c.heading} />
      <p className={c.question}>{keep(choice.question)}</p>
      <ChoiceRecorder slug={slug} options={options} buyer={keep(choice.buyer)} labels={islandLabels} />
    </section>
  );
}
