import { SectionHeading } from '@/components/content/SectionHeading';
import { sourceMap } from '@/lib/content/load';
import { rules } from '@/lib/simulator';
import type { SimMessages } from './labels';
import { StaticMarkup } from '@/components/content/StaticMarkup';

/** Every rule the simulator follows, labelled documented or assumption, with its sources. */
export function RulesList({ m }: { m: SimMessages }) {
  const sources = sourceMap();
  return (
    <StaticMarkup name="rules" as="section" aria-labelledby="rules" className="below-fold measure pt-10 [--below-fold-guess:200rem]">
      <SectionHeading id="rules" title={m.rules.heading} className="mb-3 text-xl font-bold" />
      <ul className="space-y-3">
        {rules.map((rule) => (
          <li key={rule.id} id={`rule-${rule.id}`} className="rounded border border-line p-3">
            <span className={`mr-2 rounded px-2 py-0.5 text-xs font-bold ${rule.kind === 'documented' ? 'bg-ok text-ok-ink' : 'bg-warn text-ink'}`}>{m.rules[rule.kind]}</span>
            {m.ruleText[rule.id as keyof SimMessages['ruleText']]}
            <span className="mt-1 block text-xs text-muted">
              {rule.sources.map((id, i) => (
                <span key={id}>
                  {i > 0 ? ' · ' : ''}
                  <a href={sources.get(id)?.url} rel="noreferrer">
                    {sources.get(id)?.title ?? id}
                  </a>
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </StaticMarkup>
  );
}
