import { getTranslations } from 'next-intl/server';

type Kind = 'note' | 'warning' | 'unknown';

const styles: Record<Kind, string> = {
  note: 'border-note-line bg-note',
  warning: 'border-warn-line bg-warn',
  unknown: 'border-warn-line bg-warn',
};

/** A boxed note (role=note, not a landmark, so a page may hold several): a note, a warning, or "not documented" for what Microsoft does not say. */
export async function Callout({ kind = 'note', title, children }: { kind?: Kind; title?: string; children: React.ReactNode }) {
  const t = await getTranslations('common.callout');
  return (
    <div role="note" className={`not-prose my-6 rounded border-l-4 px-4 py-3 ${styles[kind]}`} data-callout={kind}>
      <p className="mb-1 font-bold">{title ?? t(kind)}</p>
      <div className="space-y-2 [&_a]:underline">{children}</div>
    </div>
  );
}
