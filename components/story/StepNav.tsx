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
// The list's look is set once on the <ol> (the page's payload repeats whatever is written per item,
// 11 times): the numbers are a CSS counter drawn as discs, the current step's disc is filled and,
// beside the text, edged with the accent; the steps before it have a darker disc.
const listLook = [
  '[counter-reset:step]',
  '[&>li]:flex [&>li]:items-start [&>li]:gap-3 [&>li]:py-1.5 [&>li]:text-sm [&>li]:leading-snug [&>li]:[counter-increment:step]',
  '[&>li]:before:flex [&>li]:before:size-6 [&>li]:before:shrink-0 [&>li]:before:items-center [&>li]:before:justify-center',
  '[&>li]:before:rounded-full [&>li]:before:border [&>li]:before:border-line [&>li]:before:bg-page [&>li]:before:text-xs',
  '[&>li]:before:font-bold [&>li]:before:text-muted [&>li]:before:content-[counter(step)] [&>li>a]:min-w-0 [&>li>a]:pt-0.5',
  '[&>li:has(~[data-current])]:before:border-muted [&>li:has(~[data-current])]:before:text-ink',
  '[&>[data-current]]:before:border-accent [&>[data-current]]:before:bg-accent [&>[data-current]]:before:text-accent-ink',
  '[&_[aria-current]]:font-bold [&_[aria-current]]:text-ink [&_[aria-current]]:no-underline',
  'lg:[&>li]:-ml-[2px] lg:[&>li]:border-l-2 lg:[&>li]:border-transparent lg:[&>li]:pl-3 lg:[&>[data-current]]:border-accent',
].join(' ');

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
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="transition-transform group-open:rotate-180">
                <path d="M3.5 6l4.5 4.5L12.5 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </span>
          </span>
          <svg viewBox={`0 0 ${steps.length} 1`} preserveAspectRatio="none" aria-hidden="true" focusable="false" className="mt-1.5 block h-1.5 w-full rounded-full">
            <rect width={steps.length} height="1" className="fill-line" />
            <rect width={index + 1} height="1" className="fill-accent" />
          </svg>
        </summary>
        <nav aria-label={labels.nav} className="px-3 pb-3 lg:px-0 lg:pb-0" data-testid="step-nav">
          <p className="hidden pb-2 pl-4 text-sm font-bold text-muted lg:block">{labels.nav}</p>
          <ol className={listLook}>
            {steps.map((s, i) => (
              <li key={i} {...(s.slug === current ? { 'data-current': '' } : {})}>
                <Link href={s.href} {...(s.slug === current ? { 'aria-current': 'step' as const } : {})}>
                  {s.short}
                </Link>
                <ReadMark slug={s.slug} label={labels.read} />
              </li>
            ))}
          </ol>
        </nav>
      </details>
    </div>
  );
}
