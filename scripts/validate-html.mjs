// Validates every exported page with html-validate (rules in .htmlvalidate.mjs). Exit 1 on any error.
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { htmlFiles } from './lib/html-files.mjs';

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
