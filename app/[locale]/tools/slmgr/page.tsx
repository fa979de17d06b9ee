import { Breadcrumbs } from '@/components/content/Breadcrumbs';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SlmgrDecoder, type SlmgrLabels } from '@/components/tools/SlmgrDecoder';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { withBasePath } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/tools/slmgr'>) {
  return pageMetadata((await params).locale as Locale, 'tools/slmgr');
}

export default async function SlmgrPage({ params }: PageProps<'/[locale]/tools/slmgr'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'errors' });
  const labels = t.raw('slmgr') as SlmgrLabels & { title: string; intro: string; keyWarning: string };
  return (
    <article data-pagefind-body className="measure">
      <Breadcrumbs locale={locale} path="tools/slmgr" />
      <h1 className="mb-4 text-3xl font-bold">{labels.title}</h1>
      <p>{labels.intro}</p>
      <p className="my-4 rounded border-l-4 border-warn-line bg-warn px-4 py-3" data-testid="key-warning">
        {labels.keyWarning}
      </p>
      <pre className="my-4 overflow-x-auto rounded bg-code p-3 text-sm">
        <code>slmgr /dli</code>
      </pre>
      <SlmgrDecoder
        labels={labels}
        links={{ lesson: withBasePath(localePath(locale, 'learn/license-channels')), ifBought: withBasePath(localePath(locale, 'learn/if-you-bought-one')) }}
      />
    </article>
  );
}
