import { getTranslations } from 'next-intl/server';

/** Optional depth for the curious: a <details> that works without JavaScript and opens in print. */
export async function DeepDive({ title, children }: { title: string; children: React.ReactNode }) {
  const t = await getTranslations('common');
  return (
    <details className="my-6 rounded border border-line bg-panel px-4 py-2 [&[open]]:pb-4">
      <summary className="cursor-pointer py-1 font-semibold">
        <span className="mr-2 text-sm font-normal text-muted">{t('deepDive')}</span>
        {title}
      </summary>
      <div className="mt-2">{children}</div>
    </details>
  );
}
