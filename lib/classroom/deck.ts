/**
 * Presenter mode's pure rules: which slide a `?step=` value means, moving between slides, and
 * the messages the presenter and the speaker-notes window exchange over a BroadcastChannel.
 */
export function parseStep(raw: string | null | undefined, total: number): { step: number; corrected: boolean } {
  if (raw === null || raw === undefined || raw === '') return { step: 1, corrected: false };
  const text = String(raw).trim().slice(0, 20);
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n)) return { step: 1, corrected: true };
  const step = Math.min(Math.max(n, 1), total);
  return { step, corrected: step !== n };
}

export type DeckKey = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'notes' | 'qr' | 'help' | 'close' | null;

/** The presenter's keys (reveal.js conventions). */
export function keyAction(key: string): DeckKey {
  switch (key) {
    case 'ArrowRight':
    case ' ':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'n':
    case 'N':
      return 'notes';
    case 'q':
    case 'Q':
      return 'qr';
    case '?':
      return 'help';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}

export function move(step: number, action: DeckKey, total: number): number {
  if (action === 'next') return Math.min(step + 1, total);
  if (action === 'prev') return Math.max(step - 1, 1);
  if (action === 'first') return 1;
  if (action === 'last') return total;
  return step;
}

export const channelName = (locale: string) => `license-lesson-presenter-${locale}`;

export interface DeckMessage {
  type: 'goto' | 'hello';
  step: number;
}

/** Messages from another window are untrusted: accept only a well-formed step. */
export function parseMessage(data: unknown, total: number): DeckMessage | null {
  if (!data || typeof data !== 'object') return null;
  const { type, step } = data as Record<string, unknown>;
  if ((type !== 'goto' && type !== 'hello') || !Number.isInteger(step)) return null;
  if ((step as number) < 1 || (step as number) > total) return null;
  return { type, step: step as number };
}

/**
 * One slide of the deck: the students' "before" page first, the story's steps, then the
 * students' "after" page, in the order the lesson plan uses them.
 */
export interface Slide {
  id: string;
  kind: 'story' | 'students';
  title: string;
  summary: string;
  keyPoints: string[];
  question?: string;
  notes: string;
  /** Site path (without locale) a phone should open for this slide: the story step or a student page. */
  path: string;
}

/**
 * What presenter mode gets of a slide: all but the speaker's notes, which only the speaker view
 * shows. `notes?: never` makes TypeScript refuse a full Slide here, so the notes cannot be sent to
 * the projector page by mistake.
 */
export type StageSlide = Omit<Slide, 'notes'> & { notes?: never };

/** The deck without its notes, for the projector page, so the notes are not sent to it. */
export function stageSlides(slides: readonly Slide[]): StageSlide[] {
  return slides.map((slide) => {
    const { notes, ...shown } = slide;
    void notes;
    return shown;
  });
}

export interface StoryStepInfo {
  slug: string;
  title: string;
  summary: string;
  keyPoints: string[];
  question?: string;
  notes: string;
}

export function buildDeck(steps: readonly StoryStepInfo[], students: { before: Omit<Slide, 'id' | 'kind' | 'path'>; after: Omit<Slide, 'id' | 'kind' | 'path'> }): Slide[] {
  return [
    { ...students.before, id: 'students-before', kind: 'students', path: 'quiz/before' },
    ...steps.map((s) => ({ id: `story-${s.slug}`, kind: 'story' as const, title: s.title, summary: s.summary, keyPoints: s.keyPoints, question: s.question, notes: s.notes, path: `story/${s.slug}` })),
    { ...students.after, id: 'students-after', kind: 'students', path: 'quiz/after' },
  ];
}
