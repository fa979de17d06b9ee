import { getTranslations } from 'next-intl/server';
import css from './mdx.module.css';

/** Optional depth for the curious: a <details> that works without JavaScript and opens in print. */
export async function DeepDive({ title, children }: { title: string; children: React.ReactNode }) {
  const t = await getTranslations('common');
  return (
    <details className={css.deepDive}>
      <summary>
        <span>{t('deepDive')}</span>
        {title}
      </summary>
      <div>{children}</div>
    </details>
  );
}
