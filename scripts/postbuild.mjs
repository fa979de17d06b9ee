// After `next build`: checks the export, drops from each page's inline payload the children of
// server-only markup, which the browser never reads (lib/build/static-payload.mjs), makes each
// page load Next.js's chunks after its first paint (lib/build/scripts-after-paint.mjs), writes
// the security headers (a CSP per page with the hashes of that page's inline scripts) and the
// cache header of Next.js's hashed files to out/_headers for static hosts and for
// scripts/serve.mjs, draws the link-preview images, then builds the search index with Pagefind.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { contentSecurityPolicy, inlineScripts, securityHeaders, sha256, staticFilesHeaders, staticFilesPrefix } from '../lib/security/csp.mjs';
import { normaliseBasePath } from './lib/base-path.mjs';
import { htmlFiles } from './lib/html-files.mjs';
import { withBreadcrumbJsonLd } from './lib/breadcrumb-json-ld.mjs';
import { withScriptsAfterPaint } from '../lib/build/scripts-after-paint.mjs';
import { withStaticPayloadTrimmed } from '../lib/build/static-payload.mjs';

const out = 'out';
const basePath = normaliseBasePath();

if (!existsSync(join(out, 'index.html')) || !existsSync(join(out, 'sitemap.xml'))) {
  console.error('postbuild: out/ is incomplete (no index.html or sitemap.xml)');
  process.exit(1);
}


const headerLines = (headers) => Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);
const lines = [
  '/*', ...headerLines(securityHeaders), '',
  `${basePath}${staticFilesPrefix}*`, ...headerLines(staticFilesHeaders), '',
];
let pages = 0;
for (const file of htmlFiles(out)) {
  const rel = relative(out, file).split(sep).join('/');
  const html = withScriptsAfterPaint(withBreadcrumbJsonLd(withStaticPayloadTrimmed(readFileSync(file, 'utf8'))));
  writeFileSync(file, html);
  const hashes = inlineScripts(html).map(sha256);
  const csp = contentSecurityPolicy(hashes);
  const urls = rel === 'index.html' ? ['/'] : rel.endsWith('/index.html') ? [`/${rel.slice(0, -'index.html'.length)}`] : [`/${rel}`];
  if (rel === '404.html') urls.push('/404/');
  for (const url of urls) lines.push(`${basePath}${url}`, `  Content-Security-Policy: ${csp}`, '');
  pages++;
}
writeFileSync(join(out, '_headers'), lines.join('\n'));
console.log(`postbuild: security headers for ${pages} pages written to out/_headers`);

// The link-preview PNGs (scripts/og-images.tsx says why they are drawn here, not by a route).
const og = spawnSync('npx', ['--no-install', 'tsx', 'scripts/og-images.tsx'], { stdio: 'inherit' });
if (og.status !== 0) {
  console.error('postbuild: the link-preview images failed');
  process.exit(1);
}

// Pagefind reads <html lang> and keeps one index per language; only [data-pagefind-body] is indexed.
const pagefind = spawnSync('npx', ['--no-install', 'pagefind', '--site', out, '--exclude-selectors', '.heading-anchor'], { stdio: 'inherit' });
if (pagefind.status !== 0) {
  console.error('postbuild: pagefind failed');
  process.exit(1);
}
await import('./build-sw.mjs');
console.log('postbuild: out/ is ready');
