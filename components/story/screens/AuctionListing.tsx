import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { ScreenFrame } from './ScreenFrame';

export interface AuctionListingProps {
  title: string;
  price: string;
  shopPrice?: string;
  seller: string;
  bids?: number;
  ends?: string;
}

/** A recreated auction listing with an invented seller. */
export async function AuctionListing({ locale, title, price, shopPrice, seller, bids = 0, ends }: AuctionListingProps & { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'story' });
  return (
    <ScreenFrame label={t('auction.label')} simulation={t('simulation')}>
      <p className="text-lg font-bold">{title}</p>
      <p className="mt-1 text-sm text-muted">{t('auction.itemOnly')}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-muted">{t('auction.price')}</dt>
        <dd className="text-xl font-bold">{price}</dd>
        {shopPrice ? (
          <>
            <dt className="text-muted">{t('auction.shopPrice')}</dt>
            <dd>{shopPrice}</dd>
          </>
        ) : null}
        <dt className="text-muted">{t('auction.seller')}</dt>
        <dd className="font-mono break-all">{seller}</dd>
        {ends ? (
          <>
            <dt className="text-muted">{t('auction.ends')}</dt>
            <dd>{ends}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2 text-sm text-muted">{t('auction.bids', { n: bids })}</p>
    </ScreenFrame>
  );
}
