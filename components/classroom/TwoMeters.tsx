import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

/**
 * The two numbers of the story as a static picture: the holder's license seats (a legal
 * question) beside a MAK's activation count (a technical one), with example numbers. A server
 * component with no script; the simulator's own meter can replace it later.
 */
export async function TwoMeters({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'classroom' });
  // 10 of 25 PCs: the bar widths below (w-2/5, w-3/5) are drawn for these numbers (no inline styles under the CSP).
  const seats = 10;
  const pcs = 25;
  return (
    <figure className="not-prose rounded-lg border border-line bg-page p-4" data-testid="two-meters">
      <div className="space-y-4">
        <div>
          <p className="font-semibold">{t('meters.seats')}</p>
          <div className="mt-1 flex h-6 w-full overflow-hidden rounded border border-line" aria-hidden="true">
            <span className="h-full w-2/5 bg-ok-ink" />
            <span className="h-full w-3/5 bg-bad-ink opacity-70" />
          </div>
          <p className="mt-1 text-sm">{t('meters.seatsValue', { seats, others: pcs - seats })}</p>
        </div>
        <div>
          <p className="font-semibold">{t('meters.count')}</p>
          <div className="mt-1 h-6 w-full overflow-hidden rounded border border-line" aria-hidden="true">
            <span className="block h-full w-full bg-accent" />
          </div>
          <p className="mt-1 text-sm">{t('meters.countValue', { used: pcs, limit: pcs })}</p>
        </div>
      </div>
      <figcaption className="mt-3 text-xs text-muted">{t('meters.caption')}</figcaption>
    </figure>
  );
}
