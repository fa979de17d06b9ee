import { isValidElement, type ReactNode } from 'react';
import { HeadingAnchor } from '@/components/content/HeadingAnchor';

/** The plain text of rendered children (BudouX adds <wbr> elements between phrases). */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{ children?: ReactNode }>(node)) return textOf(node.props.children);
  return '';
}

/** h2/h3 in MDX with a "#" anchor link (shown on hover and focus), so any section can be linked to. */
export function makeHeading(Tag: 'h2' | 'h3', anchorLabel: (title: string) => string) {
  return function Heading({ id, children }: { id?: string; children?: React.ReactNode }) {
    return (
      <Tag id={id}>
        {children}
        {id ? <HeadingAnchor id={id} label={anchorLabel(textOf(children) || id)} /> : null}
      </Tag>
    );
  };
}
