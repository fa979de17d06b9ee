#!/usr/bin/env node
// Japanese style check: textlint (.textlintrc.yml: prh with content/ja/prh.yml + the fitting rules of
// preset-ja-technical-writing) over every Japanese text a visitor reads.
//
//   node scripts/textlint-ja.mjs [--fix] [--root <dir>]
//
// - content/ja/**/*.mdx: the body is linted as Markdown after JSX tags, imports/exports and <rt>
//   readings are blanked with spaces (same length, newlines kept, so lines and offsets still match);
//   string attributes of JSX tags (title="…", questions={["…"]}) and frontmatter string values are
//   linted one by one as plain text.
// - content/ja/**/*.json: every string containing Japanese; content/errors/*.json: the `ja` fields.
// Output: `file:line: rule: message` (JSON: `file#path: rule: message`); exit 1 on any error.
// --fix applies the fixable messages (prh spellings) in place: MDX at the same offsets, JSON strings
// re-serialised with 2-space indent and a trailing newline; then lints again and reports what is left.
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, loadTextlintrc } from 'textlint';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

function parseArgs(argv) {
  const options = { fix: false, root: process.cwd() };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--fix') options.fix = true;
    else if (argv[i] === '--root' && argv[i + 1]) options.root = path.resolve(argv[++i]);
    else throw new Error(`unknown argument: ${argv[i]} (use --fix and/or --root <dir>)`);
  }
  return options;
}

function walk(dir, ext) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full, ext));
    else if (name.endsWith(ext)) out.push(full);
  }
  return out;
}

const lineOf = (text, offset) => text.slice(0, offset).split('\n').length;
const oneLine = (s) => s.replace(/\s*\n\s*/g, ' ');
const blank = (s) => s.replace(/[^\n]/g, ' ');

/** Scans a JSX tag starting at `start` ('<'); returns its end offset (exclusive) and string literals. */
function scanTag(text, start) {
  const strings = [];
  let i = start + 1;
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return { end: text.length, strings };
      strings.push({ offset: i + 1, value: text.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === '>' && depth === 0) return { end: i + 1, strings };
    i++;
  }
  return { end: text.length, strings };
}

/**
 * Splits an MDX body into a Markdown text with JSX blanked (same length) and the string literals
 * found in JSX tags, each with its offset in the body.
 */
export function prepareMdxBody(body) {
  let out = '';
  const strings = [];
  let i = 0;
  let inFence = false;
  while (i < body.length) {
    const lineStart = i === 0 || body[i - 1] === '\n';
    if (lineStart && body.startsWith('```', i)) inFence = !inFence;
    if (lineStart && !inFence && /^(import|export)\s/.test(body.slice(i, i + 7))) {
      const end = body.indexOf('\n', i);
      const stop = end < 0 ? body.length : end;
      out += blank(body.slice(i, stop));
      i = stop;
      continue;
    }
    if (!inFence && body[i] === '<' && /[A-Za-z/]/.test(body[i + 1] ?? '')) {
      if (body.startsWith('<rt>', i)) {
        const close = body.indexOf('</rt>', i);
        const stop = close < 0 ? body.length : close + 5;
        out += blank(body.slice(i, stop));
        i = stop;
        continue;
      }
      const { end, strings: found } = scanTag(body, i);
      for (const s of found) if (JAPANESE.test(s.value)) strings.push(s);
      out += blank(body.slice(i, end));
      i = end;
      continue;
    }
    out += body[i];
    i++;
  }
  return { markdown: out, strings };
}

/** Frontmatter string values (one per line: `key: value`, `- value`, `- key: value`) with offsets. */
export function frontmatterStrings(frontmatter, base) {
  const found = [];
  let offset = base;
  for (const line of frontmatter.split('\n')) {
    const m = /^(\s*(?:-\s+)?(?:[A-Za-z][\w-]*:\s+)?)(.*)$/.exec(line);
    if (m && m[2] && !m[2].startsWith('[')) {
      let value = m[2];
      let start = offset + m[1].length;
      const quote = value[0];
      if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length > 1) {
        value = value.slice(1, -1);
        start += 1;
      }
      if (JAPANESE.test(value)) found.push({ offset: start, value });
    }
    offset += line.length + 1;
  }
  return found;
}

/** Every Japanese string in a JSON value, with its path; `onlyJa` keeps strings under a `ja` key. */
export function jsonStrings(value, onlyJa, pathSoFar = '', underJa = false) {
  if (typeof value === 'string') {
    return (!onlyJa || underJa) && JAPANESE.test(value) ? [{ path: pathSoFar, value }] : [];
  }
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => jsonStrings(v, onlyJa, `${pathSoFar}[${i}]`, underJa));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      jsonStrings(v, onlyJa, pathSoFar ? `${pathSoFar}.${k}` : k, underJa || k === 'ja'),
    );
  }
  return [];
}

function setAtPath(root, jsonPath, newValue) {
  const keys = [...jsonPath.matchAll(/[^.[\]]+/g)].map((m) => m[0]);
  let node = root;
  for (const key of keys.slice(0, -1)) node = node[/^\d+$/.test(key) ? Number(key) : key];
  const last = keys[keys.length - 1];
  node[/^\d+$/.test(last) ? Number(last) : last] = newValue;
}

/** Applies non-overlapping fixes (ranges relative to `base`) to `text`, last first. */
function applyFixes(text, fixes) {
  // Last first; on a tie the prh spelling (the style sheet) wins over a preset rule's fix.
  const rank = (f) => (f.ruleId === 'prh' ? 0 : 1);
  const sorted = [...fixes].sort((a, b) => b.range[0] - a.range[0] || rank(a) - rank(b));
  let out = text;
  let limit = Infinity;
  for (const f of sorted) {
    if (f.range[1] > limit) continue;
    out = out.slice(0, f.range[0]) + f.text + out.slice(f.range[1]);
    limit = f.range[0];
  }
  return out;
}

const isError = (m) => m.severity !== 1 && m.severity !== 0;

export async function lintJapanese({ root = process.cwd(), fix = false } = {}) {
  const descriptor = await loadTextlintrc({
    configFilePath: path.join(repoRoot, '.textlintrc.yml'),
    node_modulesDir: path.join(repoRoot, 'node_modules'),
  });
  const linter = createLinter({ descriptor, cwd: repoRoot });
  const problems = [];
  let fixedCount = 0;
  const rel = (f) => path.relative(root, f).split(path.sep).join('/');

  async function lintSegment(text, kind) {
    const result = await linter.lintText(text, kind === 'md' ? 'x.md' : 'x.txt');
    return result.messages.filter(isError);
  }

  for (const file of walk(path.join(root, 'content', 'ja'), '.mdx')) {
    for (let pass = 0; pass < (fix ? 5 : 1); pass++) {
      const source = readFileSync(file, 'utf8');
      const fm = /^---\n([\s\S]*?)\n---\n/.exec(source);
      const bodyStart = fm ? fm[0].length : 0;
      const segments = fm ? frontmatterStrings(fm[1], 4).map((s) => ({ ...s, kind: 'txt' })) : [];
      const { markdown, strings } = prepareMdxBody(source.slice(bodyStart));
      segments.push({ offset: bodyStart, value: markdown, kind: 'md' });
      for (const s of strings) segments.push({ offset: bodyStart + s.offset, value: s.value, kind: 'txt' });
      const found = [];
      for (const seg of segments) {
        for (const m of await lintSegment(seg.value, seg.kind)) found.push({ seg, m });
      }
      const fixes = found
        .filter(({ m }) => m.fix)
        .map(({ seg, m }) => ({
          range: [seg.offset + m.fix.range[0], seg.offset + m.fix.range[1]],
          text: m.fix.text,
          ruleId: m.ruleId,
        }));
      if (fix && fixes.length > 0) {
        writeFileSync(file, applyFixes(source, fixes));
        fixedCount += fixes.length;
        continue;
      }
      for (const { seg, m } of found) {
        const at = seg.offset + (m.range?.[0] ?? m.index ?? 0);
        problems.push(`${rel(file)}:${lineOf(source, at)}: ${m.ruleId}: ${oneLine(m.message)}`);
      }
      break;
    }
  }

  const jsonFiles = [
    ...walk(path.join(root, 'content', 'ja'), '.json').map((f) => ({ file: f, onlyJa: false })),
    ...walk(path.join(root, 'content', 'errors'), '.json').map((f) => ({ file: f, onlyJa: true })),
  ];
  for (const { file, onlyJa } of jsonFiles) {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    let changed = false;
    for (const { path: jsonPath, value } of jsonStrings(data, onlyJa)) {
      let current = value;
      let messages = await lintSegment(current, 'txt');
      for (let pass = 0; fix && pass < 5 && messages.some((m) => m.fix); pass++) {
        const fixes = messages.filter((m) => m.fix).map((m) => ({ ...m.fix, ruleId: m.ruleId }));
        current = applyFixes(current, fixes);
        fixedCount += fixes.length;
        messages = await lintSegment(current, 'txt');
      }
      if (current !== value) {
        setAtPath(data, jsonPath, current);
        changed = true;
      }
      for (const m of messages) problems.push(`${rel(file)}#${jsonPath}: ${m.ruleId}: ${oneLine(m.message)}`);
    }
    if (changed) writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  }
  return { problems, fixedCount };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const options = parseArgs(process.argv.slice(2));
    const { problems, fixedCount } = await lintJapanese(options);
    for (const p of problems) console.log(p);
    if (options.fix) console.log(`textlint-ja: ${fixedCount} fix(es) applied`);
    console.log(`textlint-ja: ${problems.length} problem(s)`);
    process.exit(problems.length > 0 ? 1 : 0);
  } catch (error) {
    console.error(`textlint-ja: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
}
