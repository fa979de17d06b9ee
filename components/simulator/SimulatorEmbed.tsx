import { localePath, type Locale } from '@/lib/i18n/locales';
import { askerSoFar, run, serialise, summarise } from '@/lib/simulator';
import { withBasePath } from '@/lib/site';
import { EmbedLoader } from './EmbedLoader';
import { dialogMessages, simMessages } from './messages';
import { Meters } from './Meters';

/**
 * Story step 7's playable copy of the simulator, loaded with the asker's case. The page ships
 * only a small loader: the simulator's code and words load when the reader presses Play. Without
 * JavaScript (and before Play) it shows both meters for the case (their sentences say the numbers)
 * and a link to the full simulator.
 */
export function SimulatorEmbed({ locale }: { locale: Locale }) {
  const m = simMessages(locale);
  const scenario = askerSoFar();
  const summary = summarise(run(scenario).state);
  const href = `${withBasePath(localePath(locale, 'simulator'))}?${serialise(scenario)}`;
  return (
    <section aria-labelledby="simulator-embed" className="not-prose my-8 rounded border-2 border-link p-4" data-testid="simulator-embed">
      <h2 id="simulator-embed" className="text-xl font-bold">
        {m.embed.heading}
      </h2>
      <p className="mt-1">{m.embed.intro}</p>
      <EmbedLoader
        locale={locale}
        errorBase={withBasePath(localePath(locale, 'errors'))}
        dialogMessages={dialogMessages(locale)}
        labels={[m.embed.play, m.embed.loading, m.embed.failed]}
      >
        <Meters s={summary} labels={m.meters} />
      </EmbedLoader>
      <p className="mt-3">
        <a href={href} data-testid="simulator-embed-open">
          {m.embed.open}
        </a>
      </p>
    </section>
  );
}
