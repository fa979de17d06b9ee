// Japanese line breaking at build time (zero JavaScript shipped): in MDX files under content/ja/,
// BudouX splits text into phrases and a <wbr> goes between two phrases where both sides are
// Japanese; app/globals.css sets `word-break: keep-all` on that prose, so lines break only there
// (and at spaces). A space between a number and the Japanese word after it ("1 本", "25 台",
// "2013 年", "Windows 7 の") becomes a no-break space, so a number never leaves its counter.
// Code is left alone. Given to @next/mdx by name in next.config.mjs (Turbopack needs strings).
import { loadDefaultJapaneseParser } from 'budoux';
import { japaneseLineBreaks, keepNumbersWithCounters } from './budoux-text.mjs';

const parser = loadDefaultJapaneseParser();
const skip = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

function isJapaneseFile(file) {
  const path = String(file?.path ?? file?.history?.[0] ?? '').replaceAll('\\', '/');
  return /\/content\/ja\//.test(path);
}

/** The last character of a node's text ('' when it has none). */
function lastChar(node) {
  if (!node) return '';
  if (node.type === 'text') return node.value.slice(-1);
  const kids = node.children ?? [];
  for (let i = kids.length - 1; i >= 0; i--) {
    const c = lastChar(kids[i]);
    if (c) return c;
  }
  return '';
}

function walk(node) {
  if (!node) return;
  // String props of MDX components (a DeepDive title, a price on a story screen): numbers keep
  // their counters there too (no <wbr>: a prop is plain text).
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string') attr.value = keepNumbersWithCounters(attr.value);
    }
  }
  if (!Array.isArray(node.children)) return;
  if (node.type === 'element' && skip.has(node.tagName)) return;
  const next = [];
  let previous = null;
  for (const child of node.children) {
    if (child.type === 'text') {
      // "[ステップ 9](…) を参照": the number ends a link and its word starts the next text node.
      let value = child.value;
      if (/\d/.test(lastChar(previous)) && /^[ \t]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(value)) value = value.replace(/^[ \t]+/, '\u00A0');
      for (const part of japaneseLineBreaks(value, (t) => parser.parse(t))) {
        next.push(part === null ? { type: 'element', tagName: 'wbr', properties: {}, children: [] } : { type: 'text', value: part });
      }
    } else {
      walk(child);
      next.push(child);
    }
    previous = child;
  }
  node.children = next;
}

export default function rehypeBudoux() {
  return (tree, file) => {
    if (isJapaneseFile(file)) walk(tree);
  };
}
