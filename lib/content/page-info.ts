import type { Locale } from '../i18n/locales';
import { loadMessages, type MessageNamespace } from '../i18n/messages';
import { getEntry, type Collection } from './load';
import { ContentError } from './errors';
import { getCode } from '../errors/data';
import { hexFromSlug } from '../errors/code-parse';
import { routeOf } from './route-table';

/**
 * The title and description of every page, from the route table (`route-table.ts`): MDX
 * frontmatter for content pages, UI messages for the others, the error data for error codes.
 * Page metadata, Open Graph images and breadcrumbs all use it.
 */
export interface PageInfo {
  title: string;
  description: string;
}

/**
 * One UI message outside React (metadata, Open Graph images, breadcrumbs), read from the same
 * messages next-intl uses (`lib/i18n/messages.ts`). A missing key is an error naming the file.
 */
export function message(locale: Locale, namespace: string, path: string): string {
  const root = loadMessages(locale)[namespace as MessageNamespace] as unknown;
  const value = path.split('.').reduce<unknown>((obj, k) => (obj as Record<string, unknown> | undefined)?.[k], root);
  if (typeof value !== 'string') throw new ContentError(`content/${locale}/messages/${namespace}.json`, path, 'missing message');
  return value;
}

/**
 * A whole namespace, untyped. Kept for `app/[locale]/simulator/page.tsx`; prefer next-intl's
 * `getTranslations` (typed keys) or `loadMessages(locale).<namespace>` (typed values).
 */
export function messages(locale: Locale, namespace: string): Record<string, unknown> {
  return loadMessages(locale)[namespace as MessageNamespace] as Record<string, unknown>;
}

export function pageInfo(locale: Locale, path: string): PageInfo {
  const clean = path.replace(/^\/+|\/+$/g, '');
  const route = routeOf(clean);
  const info = route?.info;
  const slug = clean.split('/').pop() ?? '';
  if (info && 'messages' in info) {
    const [namespace, title, description] = info.messages;
    return { title: message(locale, namespace, title), description: message(locale, namespace, description) };
  }
  if (info && 'content' in info) return frontmatterInfo(locale, info.content, info.slug ?? slug);
  if (info && 'errorCode' in info) {
    const code = getCode(hexFromSlug(slug) ?? '');
    if (code) return { title: `${code.hex}: ${code.message[locale]}`, description: code.meaning[locale] };
  }
  throw new Error(`pageInfo: no title or description for "${clean}" (${locale}); is it in lib/content/route-table.ts?`);
}

function frontmatterInfo(locale: Locale, collection: Collection, slug: string): PageInfo {
  const { title, description } = getEntry(collection, locale, slug).frontmatter;
  return { title, description };
}
