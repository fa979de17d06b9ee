import Link from '@/components/content/Link';
import { StepNavigation } from './StepNavigation';
import css from './Step.module.css';

interface NavLink {
  href: string;
  label: string;
  title: string;
}

/**
 * Previous/next for a story step: plain links rendered on the server (they work without
 * JavaScript), and the StepNavigation island, which renders nothing and only adds the ← → keys,
 * focus and an announcement after moving, and the read marks.
 */
export function StepPager({ slug, prev, next, label, announcement }: { slug: string; prev: NavLink | null; next: NavLink | null; label: string; announcement: string }) {
  const link = (l: NavLink | null, dir: 'prev' | 'next') =>
    l ? (
      <Link href={l.href} rel={dir} data-testid={`step-${dir}`}>
        <span>{l.label}</span>
        <span>{l.title}</span>
      </Link>
    ) : null;
  return (
    <nav aria-label={label} className={`no-print ${css.pager}`} data-testid="step-pager">
      {link(prev, 'prev')}
      {link(next, 'next')}
      <p id="step-announcer" aria-live="polite" className="sr-only" data-testid="step-announcer" />
      <StepNavigation slug={slug} announcement={announcement} />
    </nav>
  );
}
