// The response headers `npm run bench` (scripts/bench.mjs) serves the two floors with: the same as
// the site's (scripts/postbuild.mjs writes them to out/_headers, scripts/serve.mjs sends them), so
// that the references are served the way our pages are. Measured on a 2-core host: without them
// the floors' observed first paint in Lighthouse often came after 1.2 s, with them at about 0.4 s;
// runs with only Cross-Origin-Opener-Policy added showed no late paint (3 runs each; README,
// "The floors get the site's headers").
import { contentSecurityPolicy, inlineScripts, securityHeaders, sha256, staticFilesHeaders, staticFilesPrefix } from '../security/csp.mjs';

/**
 * The headers for one floor response: the site's security headers on every response, a
 * Content-Security-Policy built like the site's (from the page's own inline scripts) when `html`
 * is the page being sent, and the site's cache header for Next.js's hashed files.
 * @param {string} pathname
 * @param {string | null} [html]
 * @returns {Record<string, string>}
 */
export function floorHeaders(pathname, html = null) {
  return {
    ...securityHeaders,
    ...(pathname.startsWith(staticFilesPrefix) ? staticFilesHeaders : {}),
    ...(html === null ? {} : { 'Content-Security-Policy': contentSecurityPolicy(inlineScripts(html).map(sha256)) }),
  };
}
