/** The "#" after a heading: a link to that section, named for screen readers by `label`. */
export function HeadingAnchor({ id, label }: { id: string; label: string }) {
  return (
    <a href={`#${id}`} className="heading-anchor no-print ml-2 font-normal text-muted no-underline hover:underline" aria-label={label}>
      #
    </a>
  );
}
