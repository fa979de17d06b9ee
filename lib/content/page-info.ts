import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../i18n/locales';
import { getEntry, type Collection } from './load';
import { ContentError } from './errors';
import { getCode } from '../errors/data';
import { hexFromSlug } from '../errors/code-parse';

/**
 * The title and description of every page, from one place: MDX frontmatter for content pages,
 * UI messages for the others. Page metadata, Open Graph images and the sitemap all use it.
 */
export interface PageInfo {
  title: string;
  description: string;
}

type MessageRef = [namespace: string, title: string, description: string];

const fromMessages: Record<string, MessageRef> = {
  story: ['story', 'overview.title', 'overview.description'],
  learn: ['learn', 'index.title', 'index.description'],
  glossary: ['learn', 'glossary.title', 'glossary.description'],
  'fact-check': ['learn', 'factCheck.title', 'factCheck.description'],
  sources: ['common', 'sourcesPage.title', 'sourcesPage.description'],
  corrections: ['learn', 'corrections.title', 'corrections.description'],
  search: ['search', 'title', 'description'],
  quiz: ['classroom', 'quiz.title', 'quiz.description'],
  'classroom/present': ['classroom', 'present.title', 'present.description'],
  'classroom/notes': ['classroom', 'notes.title', 'notes.description'],
  simulator: ['simulator', 'title', 'description'],
  errors: ['errors', 'index.title', 'index.description'],
  'tools/slmgr': ['errors', 'slmgr.title', 'slmgr.description'],
};

const fromContent: Record<string, [Collection, string]> = {
  '': ['pages', 'home'],
  about: ['pages', 'about'],
  classroom: ['classroom', 'plan'],
  'classroom/handout': ['classroom', 'handout'],
};

const messageCache = new Map<string, Record<string, unknown>>();
export function messages(locale: Locale, namespace: string): Record<string, unknown> {
  const key = `${locale}/${namespace}`;
  if (!messageCache.has(key)) {
    const file = join(process.cwd(), 'content', locale, 'messages', `${namespace}.json`);
    messageCache.set(key, JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
  }
  return messageCache.get(key)!;
}

export function message(locale: Locale, namespace: string, path: string): string {
  const value = path.split('.').reduce<unknown>((obj, k) => (obj as Record<string, unknown> | undefined)?.[k], messages(locale, namespace));
  if (typeof value !== 'string') throw new ContentError(`content/${locale}/messages/${namespace}.json`, path, 'missing message');
  return value;
}

export function pageInfo(locale: Locale, path: string): PageInfo {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const content = fromContent[clean];
  if (content) return frontmatterInfo(locale, content[0], content[1]);
  const ref = fromMessages[clean];
  if (ref) return { title: message(locale, ref[0], ref[1]), description: message(locale, ref[0], ref[2]) };
  const [section, slug] = clean.split('/');
  if ((section === 'story' || section === 'learn') && slug) return frontmatterInfo(locale, section, slug);
  if (section === 'errors' && slug) {
    const code = getCode(hexFromSlug(slug) ?? '');
    if (code) return { title: `${code.hex}: ${code.message[locale]}`, description: code.meaning[locale] };
  }
  throw new Error(`pageInfo: no title or description for "${clean}" (${locale})`);
}

function frontmatterInfo(locale: Locale, collection: Collection, slug: string): PageInfo {
  const { title, description } = getEntry(collection, locale, slug).frontmatter;
  return { title, description };
}
