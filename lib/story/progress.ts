/**
 * The visitor's story progress: which steps they read and which option they chose at each.
 * Kept in localStorage as JSON. Anything stored there may be broken or foreign, so `parseProgress`
 * accepts any value and keeps only what is valid.
 */
export const progressStorageKey = 'story-progress-v1';

export interface Progress {
  read: string[];
  choices: Record<string, number>;
}

export const emptyProgress: Progress = { read: [], choices: {} };

const slugPattern = /^[a-z0-9-]{1,60}$/;

export function parseProgress(raw: unknown, knownSlugs?: readonly string[]): Progress {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return { read: [], choices: {} };
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { read: [], choices: {} };
  const known = (slug: unknown): slug is string =>
    typeof slug === 'string' && slugPattern.test(slug) && (!knownSlugs || knownSlugs.includes(slug));
  const obj = value as { read?: unknown; choices?: unknown };
  const read = Array.isArray(obj.read) ? [...new Set(obj.read.filter(known))] : [];
  const choices: Record<string, number> = {};
  if (obj.choices && typeof obj.choices === 'object' && !Array.isArray(obj.choices)) {
    for (const [slug, index] of Object.entries(obj.choices as Record<string, unknown>)) {
      if (known(slug) && Number.isInteger(index) && (index as number) >= 0 && (index as number) < 10) choices[slug] = index as number;
    }
  }
  return { read, choices };
}

export function markRead(progress: Progress, slug: string): Progress {
  return progress.read.includes(slug) ? progress : { ...progress, read: [...progress.read, slug] };
}

export function setChoice(progress: Progress, slug: string, index: number): Progress {
  return { ...progress, choices: { ...progress.choices, [slug]: index } };
}

/** Forgets the choice made at one step, so the visitor can choose again. */
export function clearChoice(progress: Progress, slug: string): Progress {
  if (!(slug in progress.choices)) return progress;
  const choices = { ...progress.choices };
  delete choices[slug];
  return { ...progress, choices };
}

/** The first step not yet read, in story order (or null when all are read). */
export function nextUnread(progress: Progress, order: readonly string[]): string | null {
  return order.find((slug) => !progress.read.includes(slug)) ?? null;
}

export function serialiseProgress(progress: Progress): string {
  return JSON.stringify(progress);
}
