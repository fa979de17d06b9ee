// Validates every exported page with html-validate (rules in .htmlvalidate.mjs). Exit 1 on any error.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const validator = new HtmlValidate(new FileSystemConfigLoader());
const files = [...htmlFiles('out')];
const reports = [];
for (const file of files) reports.push(await validator.validateFile(file));
const failed = reports.filter((r) => !r.valid);
if (failed.length) {
  const text = formatterFactory('stylish');
  for (const r of failed) console.log(text(r.results));
  console.error(`html-validate: ${failed.length} of ${files.length} pages have errors`);
  process.exit(1);
}
console.log(`html-validate: ${files.length} pages, no errors`);
