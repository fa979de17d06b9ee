import type { Slide } from '@/lib/classroom/deck';

const styles = {
  // Sized by the smaller of height and width, so a slide fits 1280x800 and a 1024x768 projector
  // (never below body size, so a phone can still read it; there the stage scrolls under the controls).
  stage: {
    count: 'text-[2vh] font-semibold text-muted',
    title: 'mt-[1vh] text-[max(1.5rem,min(5vh,3.2vw))] font-bold leading-[1.15]',
    summary: 'mt-[1.5vh] text-[max(1.125rem,min(3vh,2vw))] leading-snug',
    points: 'mt-[1.5vh] list-disc space-y-[0.6vh] pl-[3vw] text-[max(1rem,min(2.6vh,1.8vw))] leading-snug',
    question: 'mt-[1.5vh] rounded bg-panel p-[1.5vh] text-[max(1rem,min(2.6vh,1.8vw))] font-semibold leading-snug',
    grid: 'grid gap-[4vw] lg:grid-cols-[1fr_1fr] lg:items-start xl:grid-cols-[3fr_2fr]',
  },
  preview: {
    count: 'text-xs font-semibold text-muted',
    title: 'mt-1 text-xl font-bold leading-tight',
    summary: 'mt-2 text-base leading-snug',
    points: 'mt-2 list-disc space-y-1 pl-5 text-sm',
    question: 'mt-2 rounded bg-panel p-2 text-sm font-semibold',
    grid: 'grid gap-4 md:grid-cols-[3fr_2fr] md:items-start',
  },
} as const;

/**
 * One slide's content: its title, summary, key points, question and picture. Presenter mode
 * draws it full screen; the speaker view draws the current and the next slide small.
 */
export function SlideView({ slide, count, visual, variant, titleAs: Title = 'h2', testIds = true }: { slide: Omit<Slide, 'notes'>; count: string; visual?: React.ReactNode; variant: keyof typeof styles; titleAs?: 'h1' | 'h2' | 'h3' | 'p'; testIds?: boolean }) {
  const s = styles[variant];
  const text = (
    <div className="min-w-0">
      <p className={s.count} data-testid={testIds ? 'slide-count' : undefined}>
        {count}
      </p>
      <Title className={s.title} data-testid={testIds ? 'slide-title' : undefined}>
        {slide.title}
      </Title>
      {slide.summary ? <p className={s.summary}>{slide.summary}</p> : null}
      {slide.keyPoints.length ? (
        <ul className={s.points}>
          {slide.keyPoints.map((k) => (
            <li key={k}>{k}</li>
          ))}
        </ul>
      ) : null}
      {slide.question ? <p className={s.question}>{slide.question}</p> : null}
    </div>
  );
  if (!visual) return text;
  return (
    <div className={s.grid}>
      {text}
      <div className={`min-w-0 ${variant === 'stage' ? 'xl:[zoom:1.25] 2xl:[zoom:1.6]' : 'text-sm'}`} data-slide-visual={slide.id}>
        {visual}
      </div>
    </div>
  );
}
