import { getTranslations } from 'next-intl/server';
import css from './mdx.module.css';

type Kind = 'note' | 'warning' | 'unknown';

/** A boxed note (role=note, not a landmark, so a page may hold several): a note, a warning, or "not documented" for what Microsoft does not say. */
export async function Callout({ kind = 'note', title, children }: { kind?: Kind; title?: string; children: React.ReactNode }) {
  const t = await getTranslations('common.callout');
  return (
    <div role="note" className={`not-prose ${css.callout}`} data-callout={kind}>
      <p>{title ?? t(kind)}</p>
      <div>{children}</div>
    </div>
  );
}
