/**
 * The one reading of BASE_PATH (the sub-path the site is served under, e.g. a GitHub Pages
 * project site): '' or '/<path>' with no trailing slash. next.config, the build scripts, the
 * server, the benchmark and the end-to-end tests all use it.
 * @param {string | undefined} [value]
 * @returns {string}
 */
export function normaliseBasePath(value = process.env.BASE_PATH) {
  const clean = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return clean ? `/${clean}` : '';
}
