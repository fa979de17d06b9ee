import Link from '@/components/content/Link';
import { HeadingAnchor } from '@/components/content/HeadingAnchor';
import type { Correction } from '@/lib/content/corrections';
import { pageInfo } from '@/lib/content/page-info';
import type { Source } from '@/lib/content/schema';
import { localePath, type Locale } from '@/lib/i18n/locales';
import css from './CorrectionEntry.module.css';

export interface CorrectionLabels {
  kinds: Record<Correction['kind'], string>;
  date: string;
  finding: string;
  reviews: Record<Correction['finding']['review'], string>;
  said: string;
  right: string;
  pages: string;
  sources: string;
  sectionLink: (title: string) => string;
}

/** The visible name of a page link such as `story/seats-vs-count` or `glossary#mak`. */
function pageName(locale: Locale, link: string): { href: string; name: string } {
  const [path, anchor] = link.split('#') as [string, string | undefined];
  const title = pageInfo(locale, path).title;
  return { href: `${localePath(locale, path)}${anchor ? `#${anchor}` : ''}`, name: anchor ? `${title} (#${anchor})` : title };
}

/** One entry of the corrections log: kind, date, what the page said, what is right, sources, pages changed. */
export function CorrectionEntry({ c, locale, sources, labels }: { c: Correction; locale: Locale; sources: Map<string, Source>; labels: CorrectionLabels }) {
  const text = c[locale];
  const [y, m, d] = c.date.split('-').map(Number) as [number, number, number];
  // Japanese style puts a half-width space between numbers and kanji: 2026 年 11 月 29 日.
  const date = locale === 'ja' ? `${y} 年 ${m} 月 ${d} 日` : new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  const colon = locale === 'ja' ? '：' : ': ';
  return (
    <li id={c.id} data-correction={c.id} data-kind={c.kind} className={css.entry}>
      <p className={css.meta}>
        <span className={css.kind}>{labels.kinds[c.kind]}</span>
        <span>
          <span className="sr-only">
            {labels.date}
            {colon}
          </span>
          <time dateTime={c.date}>{date}</time>
        </span>
        <span>
          {labels.finding}
          {colon}
          {labels.reviews[c.finding.review]} {c.finding.item}
        </span>
      </p>
      <h2>
        {text.title}
        <HeadingAnchor id={c.id} label={labels.sectionLink(text.title)} />
      </h2>
      <dl>
        <div>
          <dt>{labels.said}</dt>
          <dd>{text.said}</dd>
        </div>
        <div>
          <dt>{labels.right}</dt>
          <dd>{text.right}</dd>
        </div>
        <div>
          <dt>{labels.sources}</dt>
          <dd data-testid="correction-sources">
            <ul>
              {c.sources.map((id) => {
                const s = sources.get(id)!;
                return (
                  <li key={id}>
                    <a href={s.url} lang={s.language} rel="noreferrer">
                      {s.title}
                    </a>
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{labels.pages}</dt>
          <dd data-testid="correction-pages">
            <ul>
              {c.pages.map((link) => {
                const p = pageName(locale, link);
                return (
                  <li key={link}>
                    <Link href={p.href}>{p.name}</Link>
                  </li>
                );
              })}
            </ul>
          </dd>
        </div>
      </dl>
    </li>
  );
}
