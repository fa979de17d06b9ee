import { getTranslations } from 'next-intl/server';
import Link from '@/components/content/Link';
import { SectionHeading } from '@/components/content/SectionHeading';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/site';
import { QrCode } from './QrCode';
import { ShortUrl } from './short-url';

/** The students' two pages, each with a QR code drawn at build time and its short address in print. */
export const studentPages = ['quiz/before', 'quiz/after'] as const;


export async function StudentLinks({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'classroom' });
  return (
    <section aria-labelledby="students" className="not-prose mt-10 rounded-lg border border-line p-5" data-testid="student-links">
      <SectionHeading id="students" title={t('index.students')} className="text-xl font-bold" />
      <p className="mt-1">{t('index.studentsIntro')}</p>
      <ul className="mt-4 grid gap-6 sm:grid-cols-2">
        {studentPages.map((path) => {
          const key = path === 'quiz/before' ? 'before' : 'after';
          const url = absoluteUrl(localePath(locale, path));
          const title = t(`students.${key}.title`);
          return (
            <li key={path} className="text-center" data-student-link={key}>
              <p className="font-semibold">
                <Link href={localePath(locale, path)}>{t(`index.${key}`)}</Link>
              </p>
              <QrCode url={url} label={t('index.qrLabel', { title, url })} className="mx-auto mt-2 h-40 w-40" />
              <p className="mt-2 font-mono text-sm" data-testid="short-url">
                <ShortUrl url={url} />
              </p>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 text-sm text-muted">{t('index.studentSlides')}</p>
    </section>
  );
}
