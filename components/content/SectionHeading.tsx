import { getTranslations } from 'next-intl/server';
import { HeadingAnchor } from './HeadingAnchor';

/** A section's h2 with a "#" link to itself, so any section can be linked to and shared. */
export async function SectionHeading({ id, title, className = '' }: { id: string; title: string; className?: string }) {
  const t = await getTranslations('common');
  return (
    <h2 id={id} {...(className ? { className } : {})}>
      {title}
      <HeadingAnchor id={id} label={t('sectionLink', { title })} />
    </h2>
  );
}
