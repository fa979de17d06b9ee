import css from './mdx.module.css';

/**
 * A numbered citation. Numbers follow the order in which the page first cites each source. A word
 * joiner (U+2060) at its start keeps the marker on the line of the text before it; search skips it.
 */
export function makeCite(order: readonly string[], label: (n: number) => string) {
  return function Cite({ id }: { id: string }) {
    const n = order.indexOf(id) + 1;
    return (
      <sup className={css.cite} data-pagefind-ignore="all">
        {'\u2060'}
        <a href={`#ref-${id}`} aria-label={label(n)} data-cite={id}>
          [{n}]
        </a>
      </sup>
    );
  };
}
