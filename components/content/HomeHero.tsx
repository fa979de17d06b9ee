import { getTranslations } from 'next-intl/server';
import { Icon } from '@/components/icons/Icon';
import type { IconName } from '@/components/icons/lucide-nodes';
import { localePath, type Locale } from '@/lib/i18n/locales';
import Link from './Link';
import { Phrases } from './Phrases';
import { TwoNumbers } from './TwoNumbers';
import { StaticMarkup } from '@/components/content/StaticMarkup';

/**
 * The home page's hero: the story's question in one line (the page's h1), one primary "Start the
 * story" button and three ways in (story, simulator, error lookup), all above the fold on a
 * 390 x 844 phone; on laptops the drawing of the two numbers sits beside them.
 */
export async function HomeHero({ locale, firstStepSlug }: { locale: Locale; firstStepSlug: string }) {
  const t = await getTranslations({ locale, namespace: 'common' });
  const ways: [string, IconName, string, string][] = [
    ['story', 'book-open', t('home.story'), t('home.storyShort')],
    ['simulator', 'sliders-horizontal', t('home.simulator'), t('home.simulatorShort')],
    ['errors', 'search-code', t('home.lookup'), t('home.lookupText')],
  ];
  return (
    <StaticMarkup name="hero" as="section" aria-labelledby="hero-title" className="mb-10 grid items-center gap-6 md:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] md:gap-10" data-testid="hero">
      <div className="min-w-0">
        <h1 id="hero-title" className="phrases text-hero font-bold tracking-tight">
          <Phrases text={t('home.heroQuestion')} lang={locale} />
        </h1>
        <p className="phrases mt-3 text-body text-muted md:text-lead">
          <Phrases text={t('home.heroLead')} lang={locale} />
        </p>
        <p className="mt-5 flex flex-wrap items-center gap-x-4 gap-y-2">
          <Link
            href={localePath(locale, `story/${firstStepSlug}`)}
            className="inline-flex min-h-12 items-center gap-2 rounded-control bg-accent px-5 text-lg font-bold text-accent-ink no-underline shadow-card hover:bg-accent-strong"
            data-testid="start-story"
          >
            {t('home.start')}
            <Icon name="arrow-right" />
          </Link>
          <span className="phrases text-small text-muted">
            <Phrases text={t('home.startNote')} lang={locale} />
          </span>
        </p>
        <nav aria-label={t('home.heroWays')} className="mt-5">
          <ul className="grid gap-2 sm:grid-cols-3">
            {ways.map(([path, icon, title, text]) => (
              <li key={path}>
                <Link
                  href={localePath(locale, path)}
                  className="flex h-full items-center gap-3 rounded-card border border-line bg-panel px-3 py-2 no-underline hover:border-accent"
                  data-testid={`way-${path}`}
                >
                  <Icon name={icon} size={22} className="text-accent" />
                  <span className="min-w-0">
                    <span className="phrases block font-semibold underline underline-offset-4">
                      <Phrases text={title} lang={locale} />
                    </span>
                    <span className="phrases block text-small leading-snug text-muted">
                      <Phrases text={text} lang={locale} />
                    </span>
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="flex justify-center">
        <TwoNumbers
          labels={{
            title: t('home.figureTitle'),
            desc: t('home.figureDesc'),
            seats: t('home.figureSeats'),
            seatsNote: t('home.figureSeatsNote'),
            count: t('home.figureCount'),
            countNote: t('home.figureCountNote'),
            limit: t('home.figureLimit'),
            not: t('home.figureNot'),
          }}
        />
      </div>
    </StaticMarkup>
  );
}
