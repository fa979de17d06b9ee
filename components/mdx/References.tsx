import { getLocale, getTranslations } from 'next-intl/server';
import type { Source } from '@/lib/content/schema';
import css from './References.module.css';
import { StaticMarkup } from '@/components/content/StaticMarkup';

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
  // Per-item looks are set once, in the CSS module: the page's payload repeats whatever each item
  // carries. The access date is a <time> (its text is the ISO date) so it never breaks.
  const item = (id: string, n: number | null) => {
    const s = sources.get(id)!;
    return (
      <li key={id} id={`ref-${id}`}>
        {n !== null ? <span>{`[${n}]`}</span> : null}
        <a href={s.url} lang={s.language} rel="noreferrer">
          {s.title}
        </a>
        <span>
          {` — ${s.publisher} · ${t(`lang.${s.language}`)} · ${t(`kind.${s.kind}`)} · ${t('accessed')} `}
          <time>{s.accessed}</time>
        </span>
      </li>
    );
  };
  const count = locale === 'ja' ? `（${listed.length}）` : ` (${listed.length})`;
  const numbered = order.slice(0, cited).filter((id) => sources.has(id));
  const further = order.slice(cited).filter((id) => sources.has(id));
  return (
    <StaticMarkup name="references" as="section" aria-labelledby="references" className={css.root} data-testid="references">
      <details>
        <summary className={css.summary}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M6 3.5l4.5 4.5L6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <h2 id="references" className={css.heading}>
            {t('heading')}
            {count}
          </h2>
        </summary>
        <ol className={css.list}>{numbered.map((id) => item(id, order.indexOf(id) + 1))}</ol>
        {further.length > 0 ? (
          <>
            <h3 className={css.further}>{t('further')}</h3>
            <ul className={css.list}>{further.map((id) => item(id, null))}</ul>
          </>
        ) : null}
      </details>
    </StaticMarkup>
  );
}
