import Link from '@/components/content/Link';
import { Section } from '@/components/errors/Section';
import { localePath, type Locale } from '@/lib/i18n/locales';

/** Links to the story steps where the code appears and to the simulator preset that shows it. */
export function InStory({ locale, steps, preset, labels }: { locale: Locale; steps: { slug: string; title: string }[]; preset: string | null; labels: { heading: string; simulator: string } }) {
  if (!steps.length && !preset) return null;
  return (
    <Section id="in-story" title={labels.heading} serverOnly>
      <ul className="list-disc space-y-1 pl-6">
        {steps.map((s) => (
          <li key={s.slug}>
            <Link href={localePath(locale, `story/${s.slug}`)}>{s.title}</Link>
          </li>
        ))}
        {preset ? (
          <li>
            <Link href={`${localePath(locale, 'simulator')}?preset=${preset}`}>{labels.simulator}</Link>
          </li>
        ) : null}
      </ul>
    </Section>
  );
}
