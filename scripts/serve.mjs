// Serves the exported site in out/ on http://localhost:3000 (PORT to change), with the site's
// security headers. With BASE_PATH set, the site is served under that prefix, as on a sub-path host.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import handler from 'serve-handler';

const port = Number(process.env.PORT || 3000);
const host = process.env.HOST || 'localhost';
const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

if (!existsSync('out/index.html')) {
  console.error('out/ has no site in it: run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}

// Headers written by scripts/postbuild.mjs (CSP with hashes of the inline scripts, and friends).
const headers = existsSync('out/_headers.json') ? JSON.parse(readFileSync('out/_headers.json', 'utf8')) : {};

const server = createServer((req, res) => {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  const url = new URL(req.url ?? '/', 'http://x');
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
  handler(req, res, {
    public: 'out',
    trailingSlash: true,
    cleanUrls: true,
    headers: [{ source: '**/*.png', headers: [{ key: 'Cache-Control', value: 'public, max-age=3600' }] }],
  });
});

server.listen(port, host, () => {
  console.log(`\n  The site is being served at http://${host}:${port}${basePath}/\n  (press Ctrl+C to stop)\n`);
});
