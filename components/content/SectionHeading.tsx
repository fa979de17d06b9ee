import { getTranslations } from 'next-intl/server';
import { HeadingAnchor } from './HeadingAnchor';

/** A section's h2 (or h3) with a "#" link to itself, so any section can be linked to and shared. */
export async function SectionHeading({ id, title, level = 2, className = '' }: { id: string; title: string; level?: 2 | 3; className?: string }) {
  const t = await getTranslations('common');
  const Tag = level === 2 ? 'h2' : 'h3';
  return (
    <Tag id={id} className={`scroll-mt-4 ${className}`}>
      {title}
      <HeadingAnchor id={id} label={t('sectionLink', { title })} />
    </Tag>
  );
}
