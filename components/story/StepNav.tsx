import Link from '@/components/content/Link';
import css from './StepNav.module.css';

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
}

/**
 * The story's step-by-step navigation (GOV.UK pattern), server-rendered once per page: every
 * step numbered, the current one marked aria-current="step", read ones ticked (by StepNavigation,
 * from this browser's progress). On phones it is
 * folded into a <details> whose summary is a slim progress strip ("Step 3 of 11"); from the lg
 * breakpoint the summary is hidden and the list shows beside the text (its ::details-content is
 * made visible), so there is one list, one aria-current, and no JavaScript to open it.
 */
export function StepNav({ steps, current, labels }: Props) {
  const index = steps.findIndex((s) => s.slug === current);
  return (
    <div className={css.root}>
      <details className={css.details} data-testid="step-nav-details">
        <summary className={css.summary} data-testid="step-strip">
          <span className={css.stripLine}>
            <strong>{labels.stepOf}</strong>
            <span className={css.toggle}>
              <span className={css.show}>{labels.showAll}</span>
              <span className={css.hide}>{labels.hide}</span>
            </span>
          </span>
          <progress max={steps.length} value={index + 1} aria-hidden="true" className={css.bar} />
        </summary>
        <nav aria-labelledby="step-nav-title" className={css.nav} data-testid="step-nav">
          <p id="step-nav-title" className={css.title}>
            {labels.nav}
          </p>
          <span id="step-read-label" data-read-label="" className="sr-only">
            {labels.read}
          </span>
          <ol className={css.list}>
            {steps.map((s, i) => (
              <li key={i} {...(s.slug === current ? { 'data-current': '' } : {})}>
                <Link href={s.href} {...(s.slug === current ? { 'aria-current': 'step' as const } : {})}>
                  {s.short}
                </Link>
              </li>
            ))}
          </ol>
        </nav>
      </details>
    </div>
  );
}
