import { z } from 'zod';
import { sourceIdSchema } from '../content/schema';

/**
 * Schemas for the error-code data in `content/errors/` (codes.json and diagnosis.json).
 * `lib/errors/validate.ts` checks both files against these (and their source ids and story
 * slugs against the rest of the content) inside `validateContent`, raising a ContentError.
 */

/** Canonical spelling of a code: `0x` and eight upper-case hex digits, e.g. `0xC004C003`. */
export const hexSchema = z.string().regex(/^0x[0-9A-F]{8}$/, 'a code like 0xC004C003 (0x + 8 upper-case hex digits)');


export const codeGroups = ['ms-list', 'related', 'header-only'] as const;
export type CodeGroup = (typeof codeGroups)[number];

export const activationKinds = ['MAK', 'KMS client', 'KMS host', 'ADBA', 'retail/OEM', 'validation', 'any'] as const;
export type ActivationKind = (typeof activationKinds)[number];

/** A story step slug (a file name in `content/{ja,en}/story/`); checked against the story in validateContent. */
const storySlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a story step slug like first-key');

const text = z.string().trim().min(1);
const localized = z.object({ en: text, ja: text });
const localizedList = z
  .object({ en: z.array(text).min(1), ja: z.array(text).min(1) })
  .refine((v) => v.en.length === v.ja.length, 'en and ja must have the same number of items');

export const errorCodeSchema = z.object({
  hex: hexSchema,
  /** The 32-bit two's-complement value, as Windows tools print it (e.g. -1073430525). */
  signed: z.number().int().min(-2147483648).max(2147483647),
  /** The same bits read as unsigned (e.g. 3221536771). */
  unsigned: z.number().int().min(0).max(4294967295),
  /** Name from slerror.h or the Win32 headers; null when there is none. */
  symbol: z.string().regex(/^[A-Z][A-Z0-9_]*$/).nullable(),
  group: z.enum(codeGroups),
  appliesTo: z.array(z.enum(activationKinds)).min(1),
  /** What Windows shows: Microsoft's own wording in that language where Microsoft publishes one. */
  message: localized,
  /** Per language: true when `message` is this site's wording (a translation or a summary), not Microsoft's. */
  messageIsParaphrase: z.object({ ja: z.boolean(), en: z.boolean() }),
  meaning: localized,
  causes: localizedList,
  whatToDo: localizedList,
  related: z.array(hexSchema),
  inStory: z.array(storySlugSchema),
  sources: z.array(sourceIdSchema).min(1),
  caveat: localized.optional(),
  /** Other spellings that mean this record (e.g. 0x4004F065 for 0xC004F065). */
  aliases: z.array(hexSchema).optional(),
});
export type ErrorCode = z.infer<typeof errorCodeSchema>;

// ---------- "Why did I get this?" ----------

/** How the visitor got the key. */
export const keySources = ['auction', 'retail-box', 'with-pc', 'work-school', 'gvlk'] as const;
export type KeySource = (typeof keySources)[number];

/** What changed just before the error. */
export const recentChanges = ['new-install', 'new-motherboard', 'nothing'] as const;
export type RecentChange = (typeof recentChanges)[number];

const weight = z.number().int().min(-10).max(10);

export const diagnosisCauseSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case id like reported-misuse'),
  text: localized,
  next: localized,
  sources: z.array(sourceIdSchema).min(1),
  /** Score = weights.source[source] + weights.change[change]; a missing entry counts 0. */
  weights: z.object({
    source: z.partialRecord(z.enum(keySources), weight),
    change: z.partialRecord(z.enum(recentChanges), weight),
  }),
});
export type DiagnosisCause = z.infer<typeof diagnosisCauseSchema>;

export const diagnosisEntrySchema = z.object({
  hex: hexSchema,
  causes: z
    .array(diagnosisCauseSchema)
    .min(1)
    .refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'cause ids must be unique within a code'),
});
export type DiagnosisEntry = z.infer<typeof diagnosisEntrySchema>;
