/**
 * The offline classroom set: the pages a teacher and a class need, per language, which the
 * service worker precaches (scripts/build-sw.mjs) and the e2e test loads offline. Paths are
 * site paths without the locale, ending with '/', as in the sitemap.
 */
/** @type {readonly string[]} */
export const offlinePages = ['classroom/', 'classroom/present/', 'classroom/notes/', 'classroom/handout/', 'quiz/', 'quiz/before/', 'quiz/after/', 'story/', 'simulator/', 'glossary/'];

/** Story step pages are added from out/ (every `story/<slug>/`), so a new step is cached too. */
/** @type {readonly string[]} */
export const offlinePrefixes = ['story/'];

/** The service worker's file name and scope for a language (under the base path). */
/** @param {string} basePath @param {string} locale */
export function swPaths(basePath, locale) {
  return { script: `${basePath}/sw-${locale}.js`, scope: `${basePath}/${locale}/` };
}
