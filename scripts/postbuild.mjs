// After `next build`: checks the export, then builds the search index with Pagefind.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

if (!existsSync('out/index.html') || !existsSync('out/sitemap.xml')) {
  console.error('postbuild: out/ is incomplete (no index.html or sitemap.xml)');
  process.exit(1);
}

// Pagefind reads <html lang> and keeps one index per language; only [data-pagefind-body] is indexed.
const pagefind = spawnSync('npx', ['--no-install', 'pagefind', '--site', 'out'], { stdio: 'inherit' });
if (pagefind.status !== 0) {
  console.error('postbuild: pagefind failed');
  process.exit(1);
}
console.log('postbuild: out/ is ready');
