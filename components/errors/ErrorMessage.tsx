import { getTranslations } from 'next-intl/server';
import { WindowsDialog } from '@/components/dialog/WindowsDialog';
import { SectionHeading } from '@/components/content/SectionHeading';
import type { ErrorCode } from '@/lib/errors/schema';
import type { Locale } from '@/lib/i18n/locales';

/**
 * What Windows shows for a code: the simulated activation window (code and description rows),
 * and the message as text, marked when it is this site's wording rather than Microsoft's.
 */
export async function ErrorMessage({ code, locale }: { code: ErrorCode; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'errors.code' });
  const message = code.message[locale];
  return (
    <section aria-labelledby="message" className="mt-4">
      <SectionHeading id="message" title={t('messageHeading')} className="text-xl font-bold" />
      <p className="mt-2 rounded border-l-4 border-bad-ink bg-bad px-4 py-3 text-lg" data-testid="error-message">
        {message}
      </p>
      {code.messageIsParaphrase[locale] ? (
        <p className="mt-1 text-sm" data-testid="message-paraphrase">
          {t('paraphrase')}
        </p>
      ) : null}
      <WindowsDialog
        title={t('dialog.title')}
        simulationLabel={t('dialog.simulation')}
        variant="error"
        heading={t('dialog.heading')}
        rows={[
          { label: t('dialog.code'), value: code.hex, code: true },
          { label: t('dialog.description'), value: message },
        ]}
        buttons={[t('dialog.close')]}
        code={code.hex}
      />
    </section>
  );
}
