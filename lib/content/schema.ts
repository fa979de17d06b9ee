import { z } from 'zod';

/**
 * The content schema: what every page's frontmatter and every data file must hold.
 * `lib/content/load.ts` validates all content against it when the site builds, and the build
 * fails naming the file and the field.
 */

export const sourceIdSchema = z.string().regex(/^[A-Z0-9][A-Z0-9-]*$/, 'a source id like MS-PLAN');

export const sourceSchema = z.object({
  id: sourceIdSchema,
  title: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
  language: z.enum(['en', 'ja', 'de']),
  accessed: z.iso.date(),
  kind: z.enum(['primary', 'mirror', 'secondary']),
  note: z.string().optional(),
  /** The host no longer serves the page (e.g. windows.microsoft.com, blogs.technet.microsoft.com). */
  retired: z.boolean().optional(),
  /** A confirmed archived copy of a retired page. */
  archive: z.url().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

const text = z.string().trim().min(1);

/** Every MDX page: a title, a description for search results and previews, and its sources. */
export const pageFrontmatterSchema = z.object({
  title: text,
  description: text.max(220, 'keep the description under 220 characters'),
  sources: z.array(sourceIdSchema),
});
export type PageFrontmatter = z.infer<typeof pageFrontmatterSchema>;

/** A site-relative link without the locale, such as `errors/0xc004c003` or `simulator/?preset=asker`. */
export const innerLinkSchema = z.object({
  href: z.string().regex(/^[a-z0-9][a-z0-9/_#?=&.-]*$/, 'a site path without the locale, e.g. errors/0xc004c003'),
  label: text,
});

export const choiceSchema = z.object({
  question: text,
  options: z
    .array(z.object({ label: text, consequence: text }))
    .min(2)
    .max(3),
  /** What the 2013 buyer actually did at this point (from the thread, in our own words). */
  buyer: text,
});

export const storyFrontmatterSchema = pageFrontmatterSchema.extend({
  step: z.number().int().min(1),
  short: text.max(40, 'a short title of at most 40 characters'),
  summary: text,
  keyPoints: z.array(text).min(2).max(4),
  choice: choiceSchema.optional(),
  deeper: z.array(innerLinkSchema).default([]),
  claims: z.array(z.string().regex(/^[a-z0-9-]+$/)).default([]),
  notes: text,
});
export type StoryFrontmatter = z.infer<typeof storyFrontmatterSchema>;

export const selfCheckSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  question: text,
  options: z.array(text).min(2).max(4),
  answer: z.number().int().min(0),
  explanation: text,
});
export type SelfCheck = z.infer<typeof selfCheckSchema>;

export const lessonFrontmatterSchema = pageFrontmatterSchema.extend({
  order: z.number().int().min(1),
  summary: text,
  selfCheck: z.array(selfCheckSchema).min(2).max(3),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const glossaryTermSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  term: text,
  reading: z.string().optional(),
  short: text.max(140, 'the inline definition must stay under 140 characters'),
  long: text,
  sources: z.array(sourceIdSchema),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const verdicts = ['documented', 'partly-documented', 'not-documented', 'contradicted'] as const;
export type Verdict = (typeof verdicts)[number];

export const claimSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  speaker: z.enum(['asker', 'answerer-1', 'answerer-2', 'answerer-3', 'seller']),
  claim: text,
  verdict: z.enum(verdicts),
  reason: text,
  sources: z.array(sourceIdSchema).min(1, 'every claim needs at least one source'),
  steps: z.array(z.string()).default([]),
});
export type Claim = z.infer<typeof claimSchema>;

/** Who serves a source's URL: Microsoft (its own sites) or a third party (copies, press, other bodies). */
export function sourceHost(source: Pick<Source, 'url'>): 'microsoft' | 'third-party' {
  const host = new URL(source.url).hostname.toLowerCase();
  return host === 'microsoft.com' || host.endsWith('.microsoft.com') ? 'microsoft' : 'third-party';
}
