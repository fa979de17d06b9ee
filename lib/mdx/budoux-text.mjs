// Japanese text at build time. keepNumbersWithCounters is shared by the MDX plugin
// (lib/mdx/rehype-japanese-numbers.mjs) and server components; japaneseLineBreaks is the BudouX
// step for short strings rendered through components/content/Phrases.tsx. Pure: no DOM, no React.

const JA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F\u30FC\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65]/u;
const JA_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;

/**
 * A space between a number and the Japanese word right after it becomes a no-break space, and so
 * do the spaces inside a date ("2019 年 1 月 3 日" stays on one line).
 */
export function keepNumbersWithCounters(text) {
  return text
    .replace(/(\d)[ \t]+(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30FC])/gu, '$1\u00A0')
    .replace(/(\d\u00A0[年月])[ \t]+(?=\d)/gu, '$1\u00A0');
}

/**
 * Splits text into pieces with `null` where a line may break (a <wbr>): between two BudouX
 * phrases whose touching characters are both Japanese. Numbers keep their counters.
 */
export function japaneseLineBreaks(text, parse) {
  const fixed = keepNumbersWithCounters(text);
  if (!JA.test(fixed)) return [fixed];
  const phrases = parse(fixed);
  const out = [];
  let current = '';
  for (const phrase of phrases) {
    if (current && JA.test(current.at(-1)) && JA_START.test(phrase)) {
      out.push(current, null);
      current = phrase;
    } else {
      current += phrase;
    }
  }
  if (current) out.push(current);
  return out;
}
