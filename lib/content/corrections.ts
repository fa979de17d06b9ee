import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { locales, type Locale } from '../i18n/locales';
import { ContentError } from './errors';
import { sourceIdSchema } from './schema';

/**
 * The public corrections log (`content/corrections.json`): every fix or rebuttal of a finding
 * about the site's content, with its date, what the page said, what is right, its sources and the
 * pages it changed. Both languages live in each record, so one cannot be missing.
 */

const text = z.string().trim().min(1);

export const correctionKinds = ['correction', 'clarification', 'rebuttal'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

const localized = z.object({
  title: text,
  said: text,
  right: text,
});

/** A page on the site without the locale (`story/seats-vs-count`), optionally with `#anchor`. */
const pageLinkSchema = z.string().regex(/^[a-z0-9][a-z0-9/-]*(#[a-z0-9-]+)?$/, 'a site path without the locale, e.g. story/seats-vs-count or glossary#mak');

export const correctionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'an id of lowercase letters, digits and hyphens'),
  date: z.iso.date(),
  kind: z.enum(correctionKinds),
  /** Which review finding this answers: the review (fact check or Japanese review) and its item, e.g. 1 or A1. */
  finding: z.object({ review: z.enum(['fact-check', 'japanese']), item: z.string().regex(/^[A-Z§]?[0-9]+$/, 'an item number such as 1, A1 or §3') }),
  pages: z.array(pageLinkSchema).min(1, 'name at least one page the correction changed'),
  sources: z.array(sourceIdSchema).min(1, 'every correction needs at least one source'),
  ja: localized,
  en: localized,
});
export type Correction = z.infer<typeof correctionSchema>;
export type CorrectionText = z.infer<typeof localized>;

export const correctionsFile = 'content/corrections.json';

/** What the loader needs to check references: known source ids, and which page links resolve. */
export interface CorrectionRefs {
  sourceIds: ReadonlySet<string>;
  /** True when `path` (no locale) is a page of the site. */
  isPage: (path: string) => boolean;
  /** Anchors that exist on a page, for links such as `glossary#mak`; undefined = no anchors allowed. */
  anchors: (path: string) => ReadonlySet<string> | undefined;
}

export function parseCorrections(raw: unknown, refs: CorrectionRefs, file = correctionsFile): Correction[] {
  if (!Array.isArray(raw)) throw new ContentError(file, null, 'must be an array');
  const seen = new Set<string>();
  const list = raw.map((item, i) => {
    for (const locale of locales) {
      if (!item || typeof item !== 'object' || !(locale in item)) {
        throw new ContentError(file, `[${i}].${locale}`, `missing the ${locale === 'ja' ? 'Japanese' : 'English'} text (every correction needs both languages)`);
      }
    }
    const result = correctionSchema.safeParse(item);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new ContentError(file, `[${i}].${issue.path.map(String).join('.') || '(root)'}`, issue.message);
    }
    const c = result.data;
    if (seen.has(c.id)) throw new ContentError(file, `[${i}].id`, `duplicate id ${c.id}`);
    seen.add(c.id);
    c.sources.forEach((id, j) => {
      if (!refs.sourceIds.has(id)) throw new ContentError(file, `[${i}].sources[${j}]`, `unknown source id "${id}" (not in content/sources.json)`);
    });
    c.pages.forEach((link, j) => {
      const [path, anchor] = link.split('#') as [string, string | undefined];
      if (!refs.isPage(path)) throw new ContentError(file, `[${i}].pages[${j}]`, `"${link}" is not a page of the site`);
      if (anchor !== undefined && !refs.anchors(path)?.has(anchor)) {
        throw new ContentError(file, `[${i}].pages[${j}]`, `"${link}": no #${anchor} on ${path}`);
      }
    });
    return c;
  });
  return sortCorrections(list);
}

/** Newest first; on the same day, the order of the file. */
export function sortCorrections(list: readonly Correction[]): Correction[] {
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || a.i - b.i)
    .map(({ c }) => c);
}

export function readCorrections(root: string): unknown {
  const path = join(root, 'corrections.json');
  if (!existsSync(path)) throw new ContentError(correctionsFile, null, 'file is missing');
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(correctionsFile, null, `invalid JSON (${(error as Error).message})`);
  }
}

export function correctionText(c: Correction, locale: Locale): CorrectionText {
  return c[locale];
}
