// Static checks over out/ (npm test runs them after the build): internal links and #fragments,
// pages versus sitemap.xml, one h1 and real text in every page's HTML. Exit 1 on any problem.
import { normaliseBasePath } from './lib/base-path.mjs';
import { checkSite } from './lib/site-check.mjs';

const { pages, links, problems } = checkSite('out', { basePath: normaliseBasePath() });
if (problems.length) {
  for (const p of problems) console.log(`  ${p}`);
  console.error(`site checks: ${problems.length} problem(s) in ${pages} pages`);
  process.exit(1);
}
console.log(`site checks: ${pages} pages, ${links} internal links and fragments, sitemap matches — no problems`);
