import type { Correction } from '@/lib/content/corrections';
import type { Locale } from '@/lib/i18n/locales';

/**
 * "On this page": one link per corrections entry to its #id, newest first (entries of the same
 * day keep the log's order). A plain server-rendered list: no JavaScript, few classes.
 */
export function JumpList({ entries, locale, heading }: { entries: Correction[]; locale: Locale; heading: string }) {
  const newestFirst = [...entries].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <nav aria-labelledby="corrections-jump" className="mt-4 border-l-2 border-line pl-4 text-small" data-testid="corrections-jump">
      <p id="corrections-jump" className="font-bold text-muted">
        {heading}
      </p>
      <ol className="mt-1 list-decimal space-y-1 pl-5">
        {newestFirst.map((c) => (
          <li key={c.id}>
            <a href={`#${c.id}`}>{c[locale].title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
