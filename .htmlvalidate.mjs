// html-validate over every exported page (npm test runs it). Recommended rules, with these
// exceptions, each for a reason:
const config = {
  extends: ['html-validate:recommended'],
  rules: {
    // React writes void elements as <meta/>, booleans as async="", hidden="" and camelCase
    // attribute names in a few places (charSet, hrefLang). All are valid HTML; these rules only
    // enforce one house style of writing it, which generated markup cannot follow.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'attr-case': 'off',
    // React's own ids start with an underscore (`_R_`); HTML5 allows any id without spaces.
    'valid-id': ['error', { relaxed: true }],
  },
};

export default config;
