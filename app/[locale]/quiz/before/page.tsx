import { getTranslations, setRequestLocale } from 'next-intl/server';
import { OfflineStatus } from '@/components/classroom/OfflineStatus';
import Link from '@/components/content/Link';
import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { Pretest } from '@/components/quiz/Pretest';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { pretestQuestions, withoutAnswers } from '@/lib/quiz/pretest';

export async function generateMetadata({ params }: PageProps<'/[locale]/quiz/before'>) {
  return pageMetadata((await params).locale as Locale, 'quiz/before');
}

/** The students' "before the lesson" page: the pretest questions only, with no answers in the page at all. */
export default async function BeforePage({ params }: PageProps<'/[locale]/quiz/before'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'classroom' });
  return (
    <article className="measure" data-student-page="before">
      <Breadcrumbs locale={locale} path="quiz/before" />
      <h1 className="mb-4 text-3xl font-bold">{t('students.before.title')}</h1>
      <p>{t('students.before.intro')}</p>
      <noscript>
        <p className="mt-3 rounded border border-line bg-panel p-3">{t('students.before.noJs')}</p>
      </noscript>
      <OfflineStatus locale={locale} status={false} />
      <Pretest questions={withoutAnswers(pretestQuestions(locale))} labels={{ saved: t('pretest.saved'), clear: t('pretest.clear'), cleared: t('pretest.cleared') }} />
      <p className="mt-8">
        <Link href={localePath(locale, 'quiz/after')}>{t('students.before.next')}</Link>
      </p>
    </article>
  );
}
