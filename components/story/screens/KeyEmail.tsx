import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { ScreenFrame } from './ScreenFrame';

/** The demo key: obviously fake, never a real product key. */
export const demoKey = 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX';

/** A recreated e-mail that carries nothing but a (dummy) key. */
export async function KeyEmail({ locale, from, subject, body }: { locale: Locale; from: string; subject: string; body: string }) {
  const t = await getTranslations({ locale, namespace: 'story' });
  return (
    <ScreenFrame label={t('email.label')} simulation={t('simulation')}>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        <dt className="text-muted">{t('email.from')}</dt>
        <dd className="font-mono break-all">{from}</dd>
        <dt className="text-muted">{t('email.subject')}</dt>
        <dd>{subject}</dd>
      </dl>
      <p className="mt-3 whitespace-pre-line">{body}</p>
      <p className="mt-3 rounded bg-code px-3 py-2 text-center font-mono text-lg tracking-wider">{demoKey}</p>
      <p className="mt-1 text-xs text-muted">{t('email.demoKey')}</p>
    </ScreenFrame>
  );
}
