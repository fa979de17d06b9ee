import { Check, ChevronDown } from 'lucide-react';
import Link from '@/components/content/Link';
import { ReadMark } from './ReadMark';

export interface StepNavItem {
  slug: string;
  step: number;
  short: string;
  href: string;
}

interface Props {
  steps: StepNavItem[];
  current: string;
  labels: { nav: string; stepOf: string; showAll: string; hide: string; read: string };
  className?: string;
}

/**
 * The story's step-by-step navigation (GOV.UK pattern), server-rendered once per page: every
 * step numbered, the current one marked aria-current="step", read ones ticked. On phones it is
 * folded into a <details> whose summary is a slim progress strip ("Step 3 of 11"); from the lg
 * breakpoint the summary is hidden and the list shows beside the text (its ::details-content is
 * made visible), so there is one list, one aria-current, and no JavaScript to open it.
 */
export function StepNav({ steps, current, labels, className = '' }: Props) {
  const index = steps.findIndex((s) => s.slug === current);
  return (
    <div className={`print:hidden ${className}`}>
      <details
        className="group rounded border border-line bg-panel lg:rounded-none lg:border-0 lg:border-l-2 lg:bg-transparent lg:[&::details-content]:[content-visibility:visible]"
        data-testid="step-nav-details"
      >
        <summary className="block cursor-pointer list-none px-3 py-2 lg:hidden [&::-webkit-details-marker]:hidden" data-testid="step-strip">
          <span className="flex items-center justify-between gap-3 text-sm">
            <span className="font-semibold">{labels.stepOf}</span>
            <span className="inline-flex items-center gap-1 text-link underline">
              <span className="group-open:hidden">{labels.showAll}</span>
              <span className="hidden group-open:inline">{labels.hide}</span>
              <ChevronDown aria-hidden="true" className="size-4 transition-transform group-open:rotate-180" />
            </span>
          </span>
          <svg viewBox={`0 0 ${steps.length} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false" className="mt-1.5 block h-1.5 w-full rounded-full">
            <rect width={steps.length} height="1" className="fill-line" />
            <rect width={index + 1} height="1" className="fill-accent" />
          </svg>
        </summary>
        <nav aria-label={labels.nav} className="px-3 pb-3 lg:px-0 lg:pb-0" data-testid="step-nav">
          <p className="hidden pb-2 pl-4 text-sm font-bold text-muted lg:block">{labels.nav}</p>
          <ol className="space-y-0">
            {steps.map((s, i) => {
              const isCurrent = s.slug === current;
              return (
                <li key={s.slug} className="relative flex gap-3 py-1.5 lg:-ml-[2px] lg:border-l-2 lg:border-transparent lg:pl-3 lg:data-current:border-accent" data-current={isCurrent ? '' : undefined}>
                  <span
                    aria-hidden="true"
                    className={`flex size-6 shrink-0 items-center justify-center rounded-full border text-xs font-bold ${
                      isCurrent ? 'border-accent bg-accent text-accent-ink' : i < index ? 'border-muted bg-page text-ink' : 'border-line bg-page text-muted'
                    }`}
                  >
                    {s.step}
                  </span>
                  <span className="min-w-0 pt-0.5 text-sm leading-snug">
                    <Link href={s.href} aria-current={isCurrent ? 'step' : undefined} className={isCurrent ? 'font-bold text-ink no-underline' : undefined}>
                      {s.short}
                    </Link>
                    <ReadMark slug={s.slug} label={labels.read}>
                      <Check aria-hidden="true" className="size-4" strokeWidth={3} />
                    </ReadMark>
                  </span>
                </li>
              );
            })}
          </ol>
        </nav>
      </details>
    </div>
  );
}
