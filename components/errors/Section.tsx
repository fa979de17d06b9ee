import type { ReactNode } from 'react';
import { SectionHeading } from '@/components/content/SectionHeading';
import { StaticMarkup } from '@/components/content/StaticMarkup';

/**
 * One titled section of an error-code page, with its # link. `serverOnly` keeps it as server
 * markup, not hydrated (components/content/StaticMarkup.tsx): only for sections with no client
 * component inside.
 */
export function Section({ id, title, serverOnly = false, children }: { id: string; title: string; serverOnly?: boolean; children: ReactNode }) {
  const content = (
    <>
      <SectionHeading id={id} title={title} className="mb-2 text-xl font-bold" />
      {children}
    </>
  );
  return serverOnly ? (
    <StaticMarkup name={`section-${id}`} as="section" aria-labelledby={id} className="mt-8">
      {content}
    </StaticMarkup>
  ) : (
    <section aria-labelledby={id} className="mt-8">
      {content}
    </section>
  );
}

/** A bulleted list of sentences. */
export function Bullets({ items }: { items: readonly string[] }) {
  return (
    <ul className="list-disc space-y-1 pl-6">
      {items.map((x) => (
        <li key={x}>{x}</li>
      ))}
    </ul>
  );
}
