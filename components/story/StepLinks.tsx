import Link from '@/components/content/Link';
import { SectionHeading } from '@/components/content/SectionHeading';
import type { Claim } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import css from './Step.module.css';
import { StaticMarkup } from '@/components/content/StaticMarkup';

/** A step's "Go deeper" links and the fact checks of the claims it mentions. */
export function StepLinks({ locale, deeper, claims, labels }: { locale: Locale; deeper: { href: string; label: string }[]; claims: Claim[]; labels: { deeper: string; claims: string } }) {
  return (
    <>
      {deeper.length > 0 ? (
        <StaticMarkup name="deeper" as="section" aria-labelledby="deeper" className={css.links}>
          <SectionHeading id="deeper" title={labels.deeper} />
          <ul>
            {deeper.map((d) => (
              <li key={d.href}>
                <Link href={`/${locale}/${d.href}`}>{d.label}</Link>
              </li>
            ))}
          </ul>
        </StaticMarkup>
      ) : null}
      {claims.length > 0 ? (
        <StaticMarkup name="claims" as="section" aria-labelledby="claims" className={css.links}>
          <SectionHeading id="claims" title={labels.claims} />
          <ul>
            {claims.map((c) => (
              <li key={c.id}>
                <Link href={`${localePath(locale, 'fact-check')}#${c.id}`} data-claim-link={c.id}>
                  {c.claim}
                </Link>
              </li>
            ))}
          </ul>
        </StaticMarkup>
      ) : null}
    </>
  );
}
