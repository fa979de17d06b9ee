// Japanese MDX prose at build time (zero JavaScript shipped): in MDX files under content/ja/, a
// space between a number and the Japanese word after it ("1 本", "25 台", "2013 年",
// "Windows 7 の") becomes a no-break space, so a number never leaves its counter, and the spaces
// inside a date do too. Code is left alone. Given to @next/mdx by name in next.config.mjs
// (Turbopack needs strings).
//
// Phrases are kept whole by the browser, not by markup: app/globals.css sets
// `word-break: auto-phrase` on Japanese pages (Chromium and Edge, which use BudouX's model);
// other browsers break Japanese text as they always do. The prose used to carry a BudouX <wbr>
// between phrases, about 150 on a story step: measured with bench/trace.mjs (median of 7 loads,
// unthrottled), they cost /ja/story/first-key/ 29 ms of script (hydrating the extra nodes) and
// 11 ms of layout, a fifth of its main-thread time, and made its payload larger. Short strings
// rendered through components/content/Phrases.tsx (titles, dialog text) keep their <wbr>.
import { keepNumbersWithCounters } from './budoux-text.mjs';

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
  // String props of MDX components (a DeepDive title, a price on a story screen).
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    for (const attr of node.attributes ?? []) {
      if (attr.type === 'mdxJsxAttribute' && typeof attr.value === 'string') attr.value = keepNumbersWithCounters(attr.value);
    }
  }
  if (!Array.isArray(node.children)) return;
  if (node.type === 'element' && skip.has(node.tagName)) return;
  let previous = null;
  for (const child of node.children) {
    if (child.type === 'text') {
      // "[ステップ 9](…) を参照": the number ends a link and its word starts the next text node.
      if (/\d/.test(lastChar(previous)) && /^[ \t]+[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(child.value)) child.value = child.value.replace(/^[ \t]+/, '\u00A0');
      child.value = keepNumbersWithCounters(child.value);
    } else {
      walk(child);
    }
    previous = child;
  }
}

export default function rehypeJapaneseNumbers() {
  return (tree, file) => {
    if (isJapaneseFile(file)) walk(tree);
  };
}
