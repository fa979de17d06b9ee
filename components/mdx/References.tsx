import { getTranslations } from 'next-intl/server';
import type { Source } from '@/lib/content/schema';
import { SectionHeading } from '@/components/content/SectionHeading';

/** The numbered source list at the foot of a page; numbers match the page's [n] citations. */
export async function References({ order, sources, cited }: { order: readonly string[]; sources: Map<string, Source>; cited: number }) {
  const t = await getTranslations('common.citations');
  if (order.length === 0) return null;
  const item = (id: string, n: number | null) => {
    const s = sources.get(id);
    if (!s) return null;
    return (
      <li key={id} id={`ref-${id}`} className="scroll-mt-4">
        {n !== null ? <span className="mr-1 font-mono text-muted">[{n}]</span> : null}
        <a href={s.url} lang={s.language} rel="noreferrer" className="break-words">
          {s.title}
        </a>
        <span className="text-muted">
          {' '}
          — {s.publisher} · {t(`lang.${s.language}`)} · {t(`kind.${s.kind}`)} · {t('accessed')} {s.accessed}
        </span>
      </li>
    );
  };
  return (
    <section aria-labelledby="references" className="mt-12 border-t border-line pt-6 text-sm">
      <SectionHeading id="references" title={t('heading')} className="mb-3 text-lg font-bold" />
      <ol className="list-none space-y-2 pl-0">{order.slice(0, cited).map((id, i) => item(id, i + 1))}</ol>
      {order.length > cited ? (
        <>
          <h3 className="mb-2 mt-4 font-semibold">{t('further')}</h3>
          <ul className="list-none space-y-2 pl-0">{order.slice(cited).map((id) => item(id, null))}</ul>
        </>
      ) : null}
    </section>
  );
}
