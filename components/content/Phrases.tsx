import { Fragment } from 'react';
import { loadDefaultJapaneseParser } from 'budoux';
import { japaneseLineBreaks, keepNumbersWithCounters } from '@/lib/mdx/budoux-text.mjs';

const parser = loadDefaultJapaneseParser();

/**
 * A string from JSON or frontmatter, rendered as text with BudouX phrase breaks (<wbr>) when it
 * is Japanese: done on the server, so no JavaScript ships. Use inside an element with
 * `word-break: keep-all` (the `.phrases` class). Numbers keep their counters in any language.
 */
export function Phrases({ text, lang }: { text: string; lang: string }) {
  if (lang !== 'ja') return <>{keepNumbersWithCounters(text)}</>;
  const parts = japaneseLineBreaks(text, (t: string) => parser.parse(t));
  return (
    <>
      {parts.map((part, i) => (part === null ? <wbr key={i} /> : <Fragment key={i}>{part}</Fragment>))}
    </>
  );
}
