import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { OfflineIsland, type OfflineLabels } from './OfflineIsland';

const keys = ['saving', 'ready', 'unsupported', 'failed', 'updated', 'reload'] as const satisfies readonly (keyof OfflineLabels)[];

/** Offline use for the classroom set: registers the worker; `status` also says when the lesson is ready offline. */
export async function OfflineStatus({ locale, status = true }: { locale: Locale; status?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const labels = Object.fromEntries(keys.map((k) => [k, t(`offline.${k}`)])) as OfflineLabels;
  return <OfflineIsland locale={locale} labels={labels} status={status} />;
}
