import { getTranslations } from 'next-intl/server';
import { ActivationDialog } from '@/components/story/screens/ActivationDialog';
import { AuctionListing } from '@/components/story/screens/AuctionListing';
import { KeyEmail } from '@/components/story/screens/KeyEmail';
import { getEntries } from '@/lib/content/load';
import { buildDeck, type Slide } from '@/lib/classroom/deck';
import { firstScreen, type Screen } from '@/lib/classroom/visuals';
import { localePath, type Locale } from '@/lib/i18n/locales';
import { absoluteUrl } from '@/lib/site';
import { QrCode } from './QrCode';
import { ShortUrl } from './short-url';
import { TwoMeters } from './TwoMeters';

/** The story screen a step's MDX shows, drawn by the story's own component. */
function screen(locale: Locale, { name, props }: Screen) {
  const text = (key: string) => (typeof props[key] === 'string' ? (props[key] as string) : '');
  if (name === 'AuctionListing') return <AuctionListing locale={locale} title={text('title')} price={text('price')} shopPrice={text('shopPrice') || undefined} seller={text('seller')} bids={typeof props.bids === 'number' ? props.bids : 0} ends={text('ends') || undefined} />;
  if (name === 'KeyEmail') return <KeyEmail locale={locale} from={text('from')} subject={text('subject')} body={text('body')} />;
  return <ActivationDialog locale={locale} code={text('code') || undefined} success={props.success === true} />;
}

/**
 * The deck for presenter mode and the speaker view: slides from the story steps' frontmatter and
 * the two student pages, and each slide's picture (the step's own story screen, the two-meter
 * figure on the step about the two numbers, a QR code and short address on the student slides).
 */
export async function deckData(locale: Locale): Promise<{ slides: Slide[]; visuals: Record<string, React.ReactNode> }> {
  const t = await getTranslations({ locale, namespace: 'classroom' });
  const entries = getEntries('story', locale);
  const student = (key: 'before' | 'after') => ({ title: t(`students.${key}.title`), summary: t('present.studentSlide'), keyPoints: [t(`present.${key === 'before' ? 'studentBefore' : 'studentAfter'}`), t('present.studentPrivacy')], notes: t(`present.${key}Notes`) });
  const slides = buildDeck(
    entries.map(({ slug, frontmatter: fm }) => ({ slug, title: fm.title, summary: fm.summary, keyPoints: fm.keyPoints, question: fm.choice?.question, notes: fm.notes })),
    { before: student('before'), after: student('after') },
  );
  const visuals: Record<string, React.ReactNode> = {};
  for (const { slug, body } of entries) {
    const found = firstScreen(body);
    // The two-meter picture; the simulator's meter component can take its place when it is ready.
    if (slug === 'seats-vs-count') visuals[`story-${slug}`] = <TwoMeters locale={locale} />;
    else if (found) visuals[`story-${slug}`] = screen(locale, found);
  }
  for (const slide of slides.filter((s) => s.kind === 'students')) {
    const url = absoluteUrl(localePath(locale, slide.path));
    visuals[slide.id] = (
      <figure className="text-center" data-testid="student-slide-qr">
        <QrCode url={url} label={t('index.qrLabel', { title: slide.title, url })} className="mx-auto block aspect-square h-auto w-[min(40vh,100%)] max-w-80" />
        <figcaption className="mt-2 font-mono text-[2.6vh]" data-testid="student-slide-url">
          <ShortUrl url={url} />
        </figcaption>
      </figure>
    );
  }
  return { slides, visuals };
}
