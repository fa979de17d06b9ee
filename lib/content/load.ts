import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import { locales, type Locale } from '../i18n/locales';
import { ContentError } from './errors';
import { validateErrorData } from '../errors/validate';
import { checkMessageParity } from '../i18n/message-parity';
import { parseCorrections, readCorrections, type Correction } from './corrections';
import { sitePaths } from './routes';
import {
  claimSchema,
  glossaryTermSchema,
  lessonFrontmatterSchema,
  pageFrontmatterSchema,
  sourceSchema,
  storyFrontmatterSchema,
  type Claim,
  type GlossaryTerm,
  type LessonFrontmatter,
  type PageFrontmatter,
  type Source,
  type StoryFrontmatter,
} from './schema';

/**
 * Reads and validates everything under `content/`. Pure data in, typed data out; the first
 * problem throws a ContentError naming the file and the field, which fails `next build`.
 */

export const collections = {
  pages: pageFrontmatterSchema,
  story: storyFrontmatterSchema,
  learn: lessonFrontmatterSchema,
  classroom: pageFrontmatterSchema,
} as const;
export type Collection = keyof typeof collections;

type FrontmatterOf = {
  pages: PageFrontmatter;
  story: StoryFrontmatter;
  learn: LessonFrontmatter;
  classroom: PageFrontmatter;
};

export interface Entry<C extends Collection = Collection> {
  collection: C;
  locale: Locale;
  slug: string;
  file: string;
  frontmatter: FrontmatterOf[C];
  body: string;
  /** Source ids in the order the body first cites them, then any others the frontmatter lists. */
  sourceOrder: string[];
}

export const defaultRoot = join(process.cwd(), 'content');

function fieldPath(issue: z.core.$ZodIssue): string {
  return issue.path.length ? issue.path.map(String).join('.') : '(root)';
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(file, fieldPath(issue), issue.message);
  }
  return result.data;
}

function readJson(root: string, path: string): unknown {
  const file = join(root, path);
  if (!existsSync(file)) throw new ContentError(rel(root, file), null, 'file is missing');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(rel(root, file), null, `invalid JSON (${(error as Error).message})`);
  }
}

function rel(root: string, file: string): string {
  return join('content', relative(root, file));
}

const citePattern = /<Cite\s+id=["']([^"']+)["']/g;
const termPattern = /<Term\s+id=["']([^"']+)["']/g;

export function citedIds(body: string): string[] {
  const ids: string[] = [];
  for (const match of body.matchAll(citePattern)) if (!ids.includes(match[1]!)) ids.push(match[1]!);
  return ids;
}

export function termIds(body: string): string[] {
  return [...new Set([...body.matchAll(termPattern)].map((m) => m[1]!))];
}

const cache = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

export function loadSources(root = defaultRoot): Source[] {
  return cached(`sources:${root}`, () => {
    const raw = readJson(root, 'sources.json');
    const file = 'content/sources.json';
    if (!Array.isArray(raw)) throw new ContentError(file, null, 'must be an array');
    const seen = new Set<string>();
    return raw.map((item, i) => {
      const source = parseWith(sourceSchema, item, `${file} [${i}]`);
      if (seen.has(source.id)) throw new ContentError(file, `[${i}].id`, `duplicate source id ${source.id}`);
      seen.add(source.id);
      return source;
    });
  });
}

export function sourceMap(root = defaultRoot): Map<string, Source> {
  return new Map(loadSources(root).map((s) => [s.id, s]));
}

function checkSourceIds(ids: readonly string[], file: string, field: string, root: string) {
  const known = sourceMap(root);
  ids.forEach((id, i) => {
    if (!known.has(id)) throw new ContentError(file, `${field}[${i}]`, `unknown source id "${id}" (not in content/sources.json)`);
  });
}

function readEntry<C extends Collection>(collection: C, locale: Locale, slug: string, root: string): Entry<C> {
  const path = join(root, locale, collection, `${slug}.mdx`);
  const file = rel(root, path);
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError(file, 'frontmatter', `cannot be read (${(error as Error).message})`);
  }
  const frontmatter = parseWith(collections[collection] as unknown as z.ZodType<FrontmatterOf[C]>, parsed.data, file);
  checkSourceIds(frontmatter.sources, file, 'sources', root);
  const cited = citedIds(parsed.content);
  cited.forEach((id) => {
    if (!sourceMap(root).has(id)) throw new ContentError(file, `<Cite id="${id}">`, `unknown source id "${id}"`);
  });
  const sourceOrder = [...cited, ...frontmatter.sources.filter((id) => !cited.includes(id))];
  return { collection, locale, slug, file, frontmatter, body: parsed.content, sourceOrder };
}

function slugsIn(root: string, locale: Locale, collection: Collection): string[] {
  const dir = join(root, locale, collection);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Every slug must exist in every locale: a page in one language only fails the build. */
function checkParity(collection: Collection, root: string): string[] {
  const [first, ...rest] = locales.map((l) => ({ locale: l, slugs: slugsIn(root, l, collection) }));
  for (const other of rest) {
    for (const a of [first!, other]) {
      const b = a === other ? first! : other;
      for (const slug of a.slugs) {
        if (!b.slugs.includes(slug)) {
          throw new ContentError(
            `content/${a.locale}/${collection}/${slug}.mdx`,
            null,
            `exists in "${a.locale}" only: add content/${b.locale}/${collection}/${slug}.mdx`,
          );
        }
      }
    }
  }
  return first!.slugs;
}

function sortEntries<C extends Collection>(entries: Entry<C>[]): Entry<C>[] {
  const key = (e: Entry) => {
    const fm = e.frontmatter as { step?: number; order?: number };
    return fm.step ?? fm.order ?? 0;
  };
  return entries.sort((a, b) => key(a) - key(b) || a.slug.localeCompare(b.slug));
}

export function getEntries<C extends Collection>(collection: C, locale: Locale, root = defaultRoot): Entry<C>[] {
  return cached(`entries:${root}:${collection}:${locale}`, () => {
    const slugs = checkParity(collection, root);
    return sortEntries(slugs.map((slug) => readEntry(collection, locale, slug, root)));
  });
}

export function getEntry<C extends Collection>(collection: C, locale: Locale, slug: string, root = defaultRoot): Entry<C> {
  const entry = getEntries(collection, locale, root).find((e) => e.slug === slug);
  if (!entry) throw new ContentError(`content/${locale}/${collection}/${slug}.mdx`, null, 'no such page');
  return entry;
}

export function getSlugs(collection: Collection, root = defaultRoot): string[] {
  return checkParity(collection, root);
}

function loadList<T extends { id: string; sources: string[] }>(
  name: string,
  schema: z.ZodType<T>,
  locale: Locale,
  root: string,
): T[] {
  const path = `${locale}/${name}.json`;
  const file = `content/${path}`;
  const raw = readJson(root, path);
  if (!Array.isArray(raw)) throw new ContentError(file, null, 'must be an array');
  const seen = new Set<string>();
  return raw.map((item, i) => {
    const value = parseWith(schema, item, `${file} [${i}]`);
    if (seen.has(value.id)) throw new ContentError(file, `[${i}].id`, `duplicate id ${value.id}`);
    seen.add(value.id);
    checkSourceIds(value.sources, `${file} [${i}] (${value.id})`, 'sources', root);
    return value;
  });
}

export function loadGlossary(locale: Locale, root = defaultRoot): GlossaryTerm[] {
  return cached(`glossary:${root}:${locale}`, () => loadList('glossary', glossaryTermSchema, locale, root));
}

export function loadClaims(locale: Locale, root = defaultRoot): Claim[] {
  return cached(`claims:${root}:${locale}`, () => loadList('fact-check', claimSchema, locale, root));
}

/** The corrections log, validated: sources known, page links and their #anchors real. Newest first. */
export function loadCorrections(root = defaultRoot): Correction[] {
  return cached(`corrections:${root}`, () => {
    const pages = new Set(sitePaths());
    const anchors = (path: string) =>
      path === 'glossary' ? new Set(loadGlossary('ja', root).map((t) => t.id)) : path === 'fact-check' ? new Set(loadClaims('ja', root).map((c) => c.id)) : undefined;
    return parseCorrections(readCorrections(root), { sourceIds: new Set(loadSources(root).map((s) => s.id)), isPage: (p) => pages.has(p), anchors });
  });
}

/** The same ids (and, for claims, the same verdicts and sources) in every locale. */
function checkListParity<T extends { id: string }>(name: string, load: (l: Locale) => T[], same: (t: T) => string) {
  const [base, ...others] = locales;
  const baseMap = new Map(load(base).map((t) => [t.id, same(t)]));
  for (const locale of others) {
    const list = load(locale);
    for (const item of list) {
      if (!baseMap.has(item.id)) throw new ContentError(`content/${locale}/${name}.json`, item.id, `not in content/${base}/${name}.json`);
      if (baseMap.get(item.id) !== same(item)) {
        throw new ContentError(`content/${locale}/${name}.json`, item.id, `differs from content/${base}/${name}.json (verdict, sources or structure)`);
      }
    }
    for (const id of baseMap.keys()) {
      if (!list.some((t) => t.id === id)) throw new ContentError(`content/${locale}/${name}.json`, id, `missing (present in content/${base}/${name}.json)`);
    }
  }
}

/** Structure that must match across languages for story steps and lessons. */
function entryShape(entry: Entry): string {
  const fm = entry.frontmatter as Partial<StoryFrontmatter & LessonFrontmatter>;
  return JSON.stringify({
    step: fm.step,
    order: fm.order,
    options: fm.choice?.options.length,
    claims: fm.claims,
    selfCheck: fm.selfCheck?.map((q) => [q.id, q.options.length, q.answer]),
  });
}

/** Validates all content; throws the first ContentError. Used by the build and `npm run check:content`. */
export function validateContent(root = defaultRoot): { pages: number; sources: number; terms: number; claims: number; errorCodes: number; corrections: number } {
  const sources = loadSources(root);
  // The error-code data (content/errors/), with its source ids and the story steps it names.
  const errorData = existsSync(join(root, 'errors'))
    ? validateErrorData(readJson(root, 'errors/codes.json'), readJson(root, 'errors/diagnosis.json'), { sourceIds: new Set(sources.map((s) => s.id)), storySlugs: getSlugs('story', root) })
    : { codes: [] };
  let pages = 0;
  for (const collection of Object.keys(collections) as Collection[]) {
    const perLocale = locales.map((l) => getEntries(collection, l, root));
    pages += perLocale.reduce((n, list) => n + list.length, 0);
    const [base, ...others] = perLocale;
    for (const list of others) {
      list.forEach((entry, i) => {
        const twin = base![i]!;
        if (entryShape(entry) !== entryShape(twin)) {
          throw new ContentError(entry.file, 'frontmatter', `structure differs from ${twin.file} (step/order, choice options, claims or self-check)`);
        }
      });
    }
    for (const list of perLocale) {
      for (const entry of list) {
        const fm = entry.frontmatter as Partial<LessonFrontmatter>;
        fm.selfCheck?.forEach((q, i) => {
          if (q.answer >= q.options.length) throw new ContentError(entry.file, `selfCheck[${i}].answer`, 'points past the last option');
        });
      }
    }
  }
  const glossaryIds = new Set(loadGlossary('ja', root).map((t) => t.id));
  checkListParity('glossary', (l) => loadGlossary(l, root), (t) => t.id);
  const claims = loadClaims('ja', root);
  checkListParity('fact-check', (l) => loadClaims(l, root), (c) => JSON.stringify([c.speaker, c.verdict, c.sources, c.steps]));
  for (const collection of Object.keys(collections) as Collection[]) {
    for (const locale of locales) {
      for (const entry of getEntries(collection, locale, root)) {
        for (const id of termIds(entry.body)) {
          if (!glossaryIds.has(id)) throw new ContentError(entry.file, `<Term id="${id}">`, `unknown glossary term "${id}"`);
        }
        const fm = entry.frontmatter as Partial<StoryFrontmatter>;
        fm.claims?.forEach((id, i) => {
          if (!claims.some((c) => c.id === id)) throw new ContentError(entry.file, `claims[${i}]`, `unknown fact-check claim "${id}"`);
        });
      }
    }
  }
  checkMessageParity(root);
  const corrections = loadCorrections(root);
  return { pages, sources: sources.length, terms: glossaryIds.size, claims: claims.length, errorCodes: errorData.codes.length, corrections: corrections.length };
}
