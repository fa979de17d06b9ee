import './globals.css';
import type { Metadata } from 'next';
import { ThemeScript } from '@/components/shell/ThemeScript';
import { basePath } from '@/lib/site';
import { loadMessages } from '@/lib/i18n/messages';

const ja = loadMessages('ja').common;
const en = loadMessages('en').common;
const jaErrors = loadMessages('ja').errors;
const enErrors = loadMessages('en').errors;

export const metadata: Metadata = {
  title: 'ページが見つかりません | Page not found',
  description: 'お探しのページは見つかりませんでした。 The page you were looking for was not found.',
  robots: { index: false },
};

/**
 * The 404 page for every unknown path. A static host serves one file for all of them, so it
 * speaks both languages, Japanese first. It is a document of its own
 * (`experimental.globalNotFound`), not sent inside other pages' payloads. It has no client
 * component: the code box is a plain form that opens the error-code list, where the lookup
 * reads `?code=`.
 */
export default function GlobalNotFound() {
  const texts = [
    { lang: 'ja', m: ja.notFound, site: ja.siteName, lookup: jaErrors.lookup },
    { lang: 'en', m: en.notFound, site: en.siteName, lookup: enErrors.lookup },
  ] as const;
  return (
    <html lang="ja" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body className="bg-page text-ink">
        <main id="main" className="mx-auto max-w-xl space-y-10 px-4 py-16">
          {texts.map(({ lang, m, site, lookup }, i) => (
            <section key={lang} lang={lang}>
              {i === 0 ? (
                <h1 className="mb-3 text-3xl font-bold">
                  {m.title} <span lang="en" className="block text-xl font-normal text-muted">{en.notFound.title}</span>
                </h1>
              ) : (
                <h2 className="mb-3 text-2xl font-bold">{m.title}</h2>
              )}
              <p className="mb-3">{m.text}</p>
              <p>
                <a href={`${basePath}/${lang}/`} className="font-semibold">
                  {m.home} ({site})
                </a>
              </p>
              <p className="mt-4">{m.lookup}</p>
              <form action={`${basePath}/${lang}/errors/`} method="get" className="mt-2 flex flex-wrap items-end gap-2">
                <label className="flex flex-col font-semibold">
                  {lookup.label}
                  <input type="text" name="code" required maxLength={300} autoComplete="off" spellCheck={false} className="mt-1 rounded border border-line bg-page px-2 py-1 font-mono" />
                </label>
                <button type="submit" className="rounded bg-accent px-3 py-1 font-semibold text-accent-ink">
                  {lookup.submit}
                </button>
              </form>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
