import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ArticlePage } from '@/components/content/ArticlePage';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { StudentLinks } from '@/components/classroom/StudentLinks';
import { OfflineStatus } from '@/components/classroom/OfflineStatus';
import { getEntry } from '@/lib/content/load';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/classroom'>) {
  return pageMetadata((await params).locale as Locale, 'classroom');
}

export default async function ClassroomPage({ params }: PageProps<'/[locale]/classroom'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const links = [
    ['classroom/present', 'present'],
    ['classroom/handout', 'handout'],
    ['quiz', 'quiz'],
    ['classroom#students', 'students'],
  ] as const;
  return (
    <ArticlePage
      entry={getEntry('classroom', locale, 'plan')}
      before={
        <>
          <Breadcrumbs locale={locale} path="classroom" />
          {/* No heading here: the page's h1 comes first; the nav is named by aria-label. */}
          <nav aria-label={t('index.links')} className="not-prose mb-8 rounded border border-line bg-panel p-4" data-testid="classroom-links">
            <ul className="grid gap-3 sm:grid-cols-2">
              {links.map(([path, key]) => (
                <li key={path}>
                  <Link href={path.includes('#') ? `${localePath(locale, 'classroom')}#students` : localePath(locale, path)} className="inline-block py-2 font-semibold">
                    {t(`index.${key}`)}
                  </Link>
                  <p className="text-sm text-muted">{t(`index.${key}Text`)}</p>
                </li>
              ))}
            </ul>
            <OfflineStatus locale={locale} />
          </nav>
        </>
      }
      after={<StudentLinks locale={locale} />}
    />
  );
}
