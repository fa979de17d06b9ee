/** A numbered citation. Numbers follow the order in which the page first cites each source. */
export function makeCite(order: readonly string[], label: (n: number) => string) {
  return function Cite({ id }: { id: string }) {
    const n = order.indexOf(id) + 1;
    return (
      <sup className="ml-0.5 whitespace-nowrap">
        <a href={`#ref-${id}`} aria-label={label(n)} data-cite={id}>
          [{n}]
        </a>
      </sup>
    );
  };
}
