import type { Locale } from './locales';

/**
 * UI strings live in `content/{locale}/messages/*.json`, one file per part of the site, so that
 * each feature owns its own words. Each file becomes a namespace named after the file.
 */
const files = ['common', 'story', 'simulator', 'errors', 'learn', 'classroom', 'search'] as const;
export type MessageNamespace = (typeof files)[number];

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    files.map(async (name) => {
      try {
        const mod = (await import(`../../content/${locale}/messages/${name}.json`)) as { default: unknown };
        return [name, mod.default] as const;
      } catch {
        return [name, {}] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
