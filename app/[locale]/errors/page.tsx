import Link from '@/components/content/Link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CodeLookup } from '@/components/errors/CodeLookup';
import { TableFilter } from '@/components/errors/TableFilter';
import { errorCodes } from '@/lib/errors/data';
import { codeIndex, slugOf } from '@/lib/errors/lookup';
import { codeGroups } from '@/lib/errors/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { withBasePath } from '@/lib/site';
import { SectionHeading } from '@/components/content/SectionHeading';
import { StaticMarkup } from '@/components/content/StaticMarkup';

export async function generateMetadata({ params }: PageProps<'/[locale]/errors'>) {
  return pageMetadata((await params).locale as Locale, 'errors');
}

export default async function ErrorIndex({ params }: PageProps<'/[locale]/errors'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'errors' });
  const lookupKeys = ['label', 'placeholder', 'submit', 'hint', 'found', 'unknown', 'unknownNone', 'empty', 'invalid', 'tooLong', 'listSeparator'] as const;
  return (
    <article data-pagefind-body>
      <h1 className="mb-4 text-3xl font-bold">{t('index.title')}</h1>
      <p className="measure">{t('index.intro')}</p>
      <div className="measure">
        <CodeLookup
          index={codeIndex}
          locale={locale}
          readQuery
          action={withBasePath(localePath(locale, 'errors'))}
          pageBase={withBasePath(`${localePath(locale, 'errors')}`)}
          labels={Object.fromEntries(lookupKeys.map((k) => [k, t.raw(`lookup.${k}`) as string])) as Record<(typeof lookupKeys)[number], string>}
        />
      </div>
      <TableFilter target="error-table" labels={{ label: t('index.filterLabel'), placeholder: t('index.filterPlaceholder'), showing: t.raw('index.showing') as string }} />
      <StaticMarkup name="error-table" id="error-table">
        {codeGroups.map((group) => {
          const codes = errorCodes.filter((c) => c.group === group);
          if (!codes.length) return null;
          return (
            <section key={group} aria-labelledby={`group-${group}`} className="mt-8">
              <SectionHeading id={`group-${group}`} title={t(`index.groups.${group}`)} className="mb-2 text-xl font-bold" />
              <div className="overflow-x-auto">
                <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
                  <thead>
                    <tr className="border-b-2 border-line">
                      <th scope="col" className="py-2 pr-3">{t('index.code')}</th>
                      <th scope="col" className="py-2 pr-3">{t('index.decimal')}</th>
                      <th scope="col" className="py-2 pr-3">{t('index.message')}</th>
                      <th scope="col" className="py-2">{t('index.appliesTo')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {codes.map((c) => (
                      <tr
                        key={c.hex}
                        id={slugOf(c.hex)}
                        className="border-b border-line align-top"
                        data-filter-text={[c.hex, c.signed, c.unsigned, c.symbol ?? '', c.message[locale], c.appliesTo.join(' ')].join(' ').normalize('NFKC').toLowerCase()}
                      >
                        <th scope="row" className="py-2 pr-3 font-mono font-normal">
                          <Link href={localePath(locale, `errors/${slugOf(c.hex)}`)}>{c.hex}</Link>
                        </th>
                        <td className="py-2 pr-3 font-mono">{c.signed}</td>
                        <td className="py-2 pr-3">{c.message[locale]}</td>
                        <td className="py-2">{c.appliesTo.join(', ')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </StaticMarkup>
    </article>
  );
}
