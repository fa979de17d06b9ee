import { setRequestLocale } from 'next-intl/server';
import { shareLabels } from '@/components/share/share-labels';
import { Simulator } from '@/components/simulator/Simulator';
import { dialogMessages, simClientMessages, simMessages } from '@/components/simulator/messages';
import { PresetLinks, PresetOutcomes } from '@/components/simulator/PresetOutcomes';
import { RulesList } from '@/components/simulator/RulesList';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { pageMetadata } from '@/lib/metadata';
import { withBasePath } from '@/lib/site';

export async function generateMetadata({ params }: PageProps<'/[locale]/simulator'>) {
  return pageMetadata((await params).locale as Locale, 'simulator');
}

export default async function SimulatorPage({ params }: PageProps<'/[locale]/simulator'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const m = simMessages(locale);
  return (
    <article data-pagefind-body>
      <h1 className="mb-4 text-3xl font-bold">{m.title}</h1>
      <p className="measure mb-6">{m.intro}</p>
      <noscript>
        <p className="measure mb-6 rounded border-l-4 border-warn-line bg-warn px-4 py-3">{m.noJs}</p>
      </noscript>
      <Simulator
        labels={{ ...simClientMessages(locale), share: { ...shareLabels(locale), copy: m.copyLink } }}
        errorBase={withBasePath(localePath(locale, 'errors'))}
        siteBase={withBasePath(localePath(locale))}
        dialogMessages={dialogMessages(locale)}
      />
      <PresetLinks m={m} locale={locale} />
      <RulesList m={m} />
      <PresetOutcomes m={m} locale={locale} />
    </article>
  );
}
