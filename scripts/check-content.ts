// Validates every content file (frontmatter, data, sources, language parity). Exit 1 on the first
// problem, naming the file and the field. The build runs the same check.
import { validateContent } from '../lib/content/load';
import { ContentError } from '../lib/content/errors';

try {
  const counts = validateContent();
  console.log(
    `content: ${counts.pages} pages, ${counts.sources} sources, ${counts.terms} glossary terms, ${counts.claims} fact-check claims — all valid`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content error: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
