/**
 * The "#" after a heading: a link to that section, named for screen readers by `label`. It shows
 * on hover and on focus only and never prints (app/globals.css `.heading-anchor`); search leaves it
 * out (scripts/postbuild.mjs gives Pagefind the selector). One class, no more attributes: every
 * heading repeats them in the page's payload.
 */
export function HeadingAnchor({ id, label }: { id: string; label: string }) {
  return (
    <a
      href={`#${id}`}
      className="heading-anchor"
      aria-label={label}
    >
      #
    </a>
  );
}
