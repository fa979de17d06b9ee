/** h2/h3 with a visible "#" anchor link, so any section can be linked to. */
export function makeHeading(Tag: 'h2' | 'h3', anchorLabel: string) {
  return function Heading({ id, children }: { id?: string; children?: React.ReactNode }) {
    return (
      <Tag id={id} className="scroll-mt-4">
        {children}
        {id ? (
          <a
            href={`#${id}`}
            className="ml-2 text-muted"
            aria-label={`${anchorLabel}: ${typeof children === 'string' ? children : id}`}
          >
            #
          </a>
        ) : null}
      </Tag>
    );
  };
}
