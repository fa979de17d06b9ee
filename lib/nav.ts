/** The site's main sections: the header navigation and the home page's "ways in" use one list. */
export const mainSections = [
  ['story', 'story'],
  ['simulator', 'simulator'],
  ['learn', 'learn'],
  ['errors', 'errors'],
  ['tools/slmgr', 'tools'],
  ['classroom', 'classroom'],
] as const;
