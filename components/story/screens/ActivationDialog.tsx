import Link from '@/components/content/Link';
import { getTranslations } from 'next-intl/server';
import { WindowsDialog } from '@/components/dialog/WindowsDialog';
import { getCode } from '@/lib/errors/data';
import { slugOf } from '@/lib/errors/lookup';
import { localePath, type Locale } from '@/lib/i18n/locales';

/**
 * The Windows 7 activation result in a story step, drawn with the site's one WindowsDialog and
 * labelled as a simulation: the exact code and the message Windows gives in the page's language
 * (from the error data), linked to the code's page; or the success message.
 */
export async function ActivationDialog({ locale, code, success }: { locale: Locale; code?: string; success?: boolean }) {
  const t = await getTranslations({ locale, namespace: 'story' });
  const record = code ? getCode(code) : undefined;
  if (code && !record) throw new Error(`ActivationDialog: unknown error code ${code}`);
  const common = { title: t('dialog.title'), simulationLabel: t('dialog.caption'), buttons: [t('dialog.close')] };
  if (success || !record) {
    return (
      <WindowsDialog {...common} variant="success" heading={t('dialog.success')}>
        <p>{t('dialog.successText')}</p>
      </WindowsDialog>
    );
  }
  return (
    <WindowsDialog
      {...common}
      variant="error"
      code={record.hex}
      heading={t('dialog.failed')}
      rows={[
        { label: t('dialog.code'), value: record.hex, code: true },
        { label: t('dialog.description'), value: record.message[locale] },
      ]}
      footer={<Link href={localePath(locale, `errors/${slugOf(record.hex)}`)}>{t('dialog.errorPage', { code: record.hex })}</Link>}
    />
  );
}
