import { iconNodes, type IconName } from './lucide-nodes';

/**
 * A lucide icon as inline SVG, drawn on the server (no client code, no emoji). Decorative by
 * default (aria-hidden); pass `label` when the icon alone carries meaning.
 */
export function Icon({ name, size = 20, className = '', label }: { name: IconName; size?: number; className?: string; label?: string }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={`inline-block shrink-0 ${className}`}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true, focusable: 'false' })}
    >
      {iconNodes[name].map(([tag, attrs], i) => {
        const Tag = tag as 'path';
        return <Tag key={i} {...attrs} />;
      })}
    </svg>
  );
}
