import { HeadingAnchor } from '@/components/content/HeadingAnchor';

/** h2/h3 in MDX with a visible "#" anchor link, so any section can be linked to. */
export function makeHeading(Tag: 'h2' | 'h3', anchorLabel: (title: string) => string) {
  return function Heading({ id, children }: { id?: string; children?: React.ReactNode }) {
    return (
      <Tag id={id} className="scroll-mt-4">
        {children}
        {id ? <HeadingAnchor id={id} label={anchorLabel(typeof children === 'string' ? children : id)} /> : null}
      </Tag>
    );
  };
}
