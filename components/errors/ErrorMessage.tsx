import { getTranslations } from 'next-intl/server';
import { WindowsDialog } from '@/components/dialog/WindowsDialog';
import { SectionHeading } from '@/components/content/SectionHeading';
import type { ErrorCode } from '@/lib/errors/schema';
import type { Locale } from '@/lib/i18n/locales';
import { StaticMarkup } from '@/components/content/StaticMarkup';

/**
 * What Windows shows for a code. Only when `message` is Windows' own documented text in this
 * language (messageIsParaphrase false) is it drawn inside the simulated activation window; a
 * description or this site's wording is shown in a plain box, labelled "Microsoft's description",
 * with no window, so a paraphrase is never presented as what the screen says.
 */
export async function ErrorMessage({ code, locale }: { code: ErrorCode; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'errors.code' });
  const message = code.message[locale];
  const paraphrase = code.messageIsParaphrase[locale];
  if (paraphrase) {
    return (
      <StaticMarkup name="message" as="section" aria-labelledby="message" className="mt-4">
        <SectionHeading id="message" title={t('descriptionHeading')} className="text-xl font-bold" />
        <div className="mt-2 rounded border border-line bg-panel px-4 py-3" data-testid="message-description" data-code={code.hex}>
          <p className="text-lg" data-testid="error-message">
            {message}
          </p>
          <p className="mt-1 text-sm" data-testid="message-paraphrase">
            {t('paraphrase')}
          </p>
        </div>
        <p className="mt-1 text-sm">{t('descriptionNote')}</p>
      </StaticMarkup>
    );
  }
  return (
    <StaticMarkup name="message" as="section" aria-labelledby="message" className="mt-4">
      <SectionHeading id="message" title={t('messageHeading')} className="text-xl font-bold" />
      <p className="mt-2 rounded border-l-4 border-bad-ink bg-bad px-4 py-3 text-lg" data-testid="error-message">
        {message}
      </p>
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
    </StaticMarkup>
  );
}
