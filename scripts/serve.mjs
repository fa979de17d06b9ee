// Serves the exported site in out/ on http://localhost:3000 (PORT to change), with the site's
// security headers. With BASE_PATH set, the site is served under that prefix, as on a sub-path host.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import handler from 'serve-handler';
import compression from 'compression';
import { normaliseBasePath } from './lib/base-path.mjs';

const compress = compression();

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || 'localhost';
const basePath = normaliseBasePath();

if (!existsSync('out/index.html')) {
  console.error('out/ has no site in it: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}

// The headers scripts/postbuild.mjs wrote to out/_headers (the format Netlify and Cloudflare Pages
// read): `/*` for every response, `<prefix>*` for the files under a prefix (Next.js's hashed files),
// and one Content-Security-Policy per page.
function readHeaderRules(file) {
  const rules = new Map();
  if (!existsSync(file)) return rules;
  let current = null;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      current = line.trim();
      rules.set(current, rules.get(current) ?? {});
    } else if (current) {
      const i = line.indexOf(':');
      rules.get(current)[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}
const rules = readHeaderRules('out/_headers');
const notFoundRule = rules.get(`${basePath}/404.html`) ?? {};
// The `<prefix>*` rules (`/*` among them), in file order, read once rather than on every request.
const prefixRules = [...rules].filter(([rule]) => rule.endsWith('*')).map(([rule, headers]) => [rule.slice(0, -1), headers]);

function headersFor(pathname) {
  const page = rules.get(pathname) ?? rules.get(pathname.endsWith('/') ? pathname : `${pathname}/`);
  // Unknown page-like paths get the 404 page, so they get its policy.
  const fallback = !page && !/\.[a-z0-9]+$/i.test(pathname) ? notFoundRule : {};
  const prefixed = prefixRules.filter(([prefix]) => pathname.startsWith(prefix)).map(([, headers]) => headers);
  return Object.assign({}, ...prefixed, page ?? fallback);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  for (const [name, value] of Object.entries(headersFor(url.pathname))) res.setHeader(name, value);
  try {
    decodeURIComponent(url.pathname);
  } catch {
    // A broken %-escape in the path: answer with the site's own 404 page, not a bare error.
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...notFoundRule });
    res.end(readFileSync('out/404.html'));
    return;
  }
  if (basePath) {
    if (url.pathname === '/' ) {
      res.writeHead(302, { Location: `${basePath}/` }).end();
      return;
    }
    if (!url.pathname.startsWith(`${basePath}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    req.url = url.pathname.slice(basePath.length) + url.search;
  }
  compress(req, res, () =>
    handler(req, res, {
      public: 'out',
      trailingSlash: true,
      cleanUrls: true,
    }),
  );
});

server.listen(port, host, () => {
  console.log(`\n  The site is being served at http://${host}:${port}${basePath}/\n  (press Ctrl+C to stop)\n`);
});
