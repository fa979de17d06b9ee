import { getLocale, getTranslations } from 'next-intl/server';
import type { Source } from '@/lib/content/schema';

const listLook =
  'list-none space-y-2 pl-0 [&>li]:scroll-mt-4 [&_a]:break-words [&>li>span]:text-muted [&>li>span:first-child]:mr-1 [&>li>span:first-child]:font-mono';

/**
 * The numbered source list at the foot of a page, folded into a disclosure titled with how many
 * sources there are ("Sources (9)"); numbers match the page's [n] citations. Following a [n]
 * link opens it (browsers reveal a closed <details> holding the #fragment), and it prints open.
 */
export async function References({ order, sources, cited }: { order: readonly string[]; sources: Map<string, Source>; cited: number }) {
  const t = await getTranslations('common.citations');
  const locale = await getLocale();
  const listed = order.filter((id) => sources.has(id));
  if (listed.length === 0) return null;
  // Per-item looks are set once on the lists: the page's payload repeats whatever each item carries.
  const item = (id: string, n: number | null) => {
    const s = sources.get(id)!;
    return (
      <li key={id} id={`ref-${id}`}>
        {n !== null ? <span>[{n}]</span> : null}
        <a href={s.url} lang={s.language} rel="noreferrer">
          {s.title}
        </a>
        <span>{` — ${s.publisher} · ${t(`lang.${s.language}`)} · ${t(`kind.${s.kind}`)} · ${t('accessed')} ${s.accessed}`}</span>
      </li>
    );
  };
  const count = locale === 'ja' ? `（${listed.length}）` : ` (${listed.length})`;
  const numbered = order.slice(0, cited).filter((id) => sources.has(id));
  const further = order.slice(cited).filter((id) => sources.has(id));
  return (
    <section aria-labelledby="references" className="mt-10 border-t border-line pt-4 text-sm" data-testid="references">
      <details className="group print:[&::details-content]:[content-visibility:visible]">
        <summary className="flex cursor-pointer items-center gap-2 py-2 marker:content-none [&::-webkit-details-marker]:hidden">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" className="shrink-0 transition-transform group-open:rotate-90 print:hidden">
            <path d="M6 3.5l4.5 4.5L6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <h2 id="references" className="scroll-mt-4 text-lg font-bold">
            {t('heading')}
            {count}
          </h2>
        </summary>
        <ol className={`mt-2 ${listLook}`}>{numbered.map((id) => item(id, order.indexOf(id) + 1))}</ol>
        {further.length > 0 ? (
          <>
            <h3 className="mb-2 mt-4 font-semibold">{t('further')}</h3>
            <ul className={listLook}>{further.map((id) => item(id, null))}</ul>
          </>
        ) : null}
      </details>
    </section>
  );
}
