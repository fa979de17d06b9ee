import type { ReactNode } from 'react';
import { SectionHeading } from '@/components/content/SectionHeading';

/** One titled section of an error-code page, with its # link. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8">
      <SectionHeading id={id} title={title} className="mb-2 text-xl font-bold" />
      {children}
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
