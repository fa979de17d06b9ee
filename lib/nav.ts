/** The site's main sections: the header navigation and the home page's "ways in" use one list. */
export const mainSections = [
  ['story', 'story'],
  ['simulator', 'simulator'],
  ['learn', 'learn'],
  ['errors', 'errors'],
  ['tools/slmgr', 'tools'],
  ['classroom', 'classroom'],
] as const;

/** The footer's links: the rest of the site. */
export const footerSections = [
  ['learn', 'learn'],
  ['fact-check', 'factCheck'],
  ['glossary', 'glossary'],
  ['quiz', 'quiz'],
  ['sources', 'sources'],
  ['corrections', 'corrections'],
  ['about', 'about'],
] as const;

/** The `common.nav.*` key that names each page linked from the header or footer (and home). */
export const navKeyOf: Readonly<Record<string, string>> = Object.fromEntries([['', 'home'], ...mainSections, ...footerSections]);
