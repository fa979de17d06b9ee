import Link from '@/components/content/Link';
import { getTranslations } from 'next-intl/server';
import { getCode } from '@/lib/errors/data';
import { slugOf } from '@/lib/errors/lookup';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { ScreenFrame } from './ScreenFrame';

/**
 * A neutral look-alike of the Windows 7 activation result, labelled as a simulation: the exact
 * code and the message Windows gives in the page's language (from the error data), linked to
 * the code's page. No Microsoft logos or trade dress.
 */
export async function ActivationDialog({ locale, code, success }: { locale: Locale; code?: string; success?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'story' });
  const record = code ? getCode(code) : undefined;
  if (code && !record) throw new Error(`ActivationDialog: unknown error code ${code}`);
  return (
    <ScreenFrame label={t('dialog.label')} simulation={t('simulation')}>
      <div className="rounded border border-line">
        <p className="border-b border-line bg-panel px-3 py-1 text-sm">{t('dialog.title')}</p>
        <div className="flex gap-3 p-4" data-testid="activation-dialog" data-code={record?.hex ?? 'success'}>
          <span
            aria-hidden="true"
            className={`flex h-8 w-8 shrink-0 items-center justify-center rounded-full text-lg font-bold ${success ? 'bg-ok text-ok-ink' : 'bg-bad text-bad-ink'}`}
          >
            {success ? '✓' : '!'}
          </span>
          {success || !record ? (
            <div>
              <p className="font-semibold">{t('dialog.success')}</p>
              <p className="mt-1">{t('dialog.successText')}</p>
            </div>
          ) : (
            <div>
              <p className="font-semibold">{t('dialog.failed')}</p>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-2 text-sm">
                <dt>{t('dialog.code')}</dt>
                <dd className="font-mono">{record.hex}</dd>
                <dt>{t('dialog.description')}</dt>
                <dd>{record.message[locale]}</dd>
              </dl>
            </div>
          )}
        </div>
      </div>
      {record ? (
        <p className="mt-3 text-sm">
          <Link href={localePath(locale, `errors/${slugOf(record.hex)}`)}>
            {t('dialog.errorPage')}: {record.hex}
          </Link>
        </p>
      ) : null}
    </ScreenFrame>
  );
}
