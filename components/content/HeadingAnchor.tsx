/**
 * The "#" after a heading: a link to that section, named for screen readers by `label`. It shows
 * on hover and on focus only (app/globals.css `.heading-anchor`) and search leaves it out.
 */
export function HeadingAnchor({ id, label }: { id: string; label: string }) {
  return (
    <a
      href={`#${id}`}
      className="heading-anchor no-print"
      aria-label={label}
      data-pagefind-ignore="all"
    >
      #
    </a>
  );
}
