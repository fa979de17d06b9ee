import Link from '@/components/content/Link';
import { SectionHeading } from '@/components/content/SectionHeading';
import type { Claim } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';

/** A step's "Go deeper" links and the fact checks of the claims it mentions. */
export function StepLinks({ locale, deeper, claims, labels }: { locale: Locale; deeper: { href: string; label: string }[]; claims: Claim[]; labels: { deeper: string; claims: string } }) {
  return (
    <>
      {deeper.length > 0 ? (
        <section aria-labelledby="deeper" className="mt-10">
          <SectionHeading id="deeper" title={labels.deeper} className="mb-2 text-xl font-bold" />
          <ul className="list-disc space-y-1 pl-6">
            {deeper.map((d) => (
              <li key={d.href}>
                <Link href={`/${locale}/${d.href}`}>{d.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {claims.length > 0 ? (
        <section aria-labelledby="claims" className="mt-8">
          <SectionHeading id="claims" title={labels.claims} className="mb-2 text-xl font-bold" />
          <ul className="list-disc space-y-1 pl-6">
            {claims.map((c) => (
              <li key={c.id}>
                <Link href={`${localePath(locale, 'fact-check')}#${c.id}`} data-claim-link={c.id}>
                  {c.claim}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
