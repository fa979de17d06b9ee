import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeTable, routeOf, type RouteDef } from './route-table';
import { sitePaths } from './routes';
import { pageInfo } from './page-info';
import { locales } from '../i18n/locales';

const appDir = join(process.cwd(), 'app', '[locale]');

/** Every `page.tsx` under app/[locale]/, as its route ('' for app/[locale]/page.tsx). */
function appRoutes(dir = appDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return appRoutes(path);
    if (entry.name !== 'page.tsx') return [];
    return [relative(appDir, dir).split(sep).join('/')];
  });
}

const table = (routeTable as readonly RouteDef[]).map((r) => r.route);

describe('route table (lib/content/route-table.ts)', () => {
  it('finds the pages under app/[locale]/ (the glob itself works)', () => {
    // Written by hand: pages that have existed since the first release.
    expect(appRoutes()).toEqual(expect.arrayContaining(['', 'story', 'story/[step]', 'errors/[code]', 'tools/slmgr', 'classroom/present']));
  });

  it('has an entry for every app/[locale]/**/page.tsx', () => {
    const missing = appRoutes().filter((r) => !table.includes(r));
    expect(missing.map((r) => `app/[locale]/${r ? `${r}/` : ''}page.tsx has no entry "${r}" in the route table`)).toEqual([]);
  });

  it('has no entry without a page.tsx', () => {
    const pages = appRoutes();
    const extra = table.filter((r) => !pages.includes(r));
    expect(extra.map((r) => `route table entry "${r}" has no app/[locale]/${r ? `${r}/` : ''}page.tsx`)).toEqual([]);
  });

  it('lists each route once, and a list only for dynamic routes', () => {
    expect(table.filter((r, i) => table.indexOf(r) !== i)).toEqual([]);
    for (const r of routeTable as readonly RouteDef[]) expect(Boolean(r.each), r.route).toBe(/\[[^\]]+\]$/.test(r.route));
  });
});

describe('sitePaths', () => {
  const paths = sitePaths();

  it('gives every page once, each matching one route', () => {
    expect(new Set(paths).size).toBe(paths.length);
    for (const p of paths) expect(routeOf(p)?.route, p).toBeDefined();
  });

  it('covers every route, fixed and dynamic, and real content pages', () => {
    const covered = new Set(paths.map((p) => routeOf(p)!.route));
    expect([...covered].sort()).toEqual([...table].sort());
    // Pages that exist in content/ and content/errors/codes.json, written by hand.
    expect(paths).toEqual(expect.arrayContaining(['', 'about', 'story/first-key', 'learn/license-vs-key', 'errors/0xc004c003', 'errors/0xc004c020']));
  });

  it('does not match unknown paths', () => {
    expect(routeOf('nope')).toBeUndefined();
    expect(routeOf('story/a/b')).toBeUndefined();
    expect(routeOf('tools')).toBeUndefined();
  });

  it('gives every page a title and description in both languages', () => {
    for (const locale of locales) {
      for (const p of paths) {
        const info = pageInfo(locale, p);
        expect(info.title.trim(), `${locale} ${p} title`).not.toBe('');
        expect(info.description.trim(), `${locale} ${p} description`).not.toBe('');
      }
    }
  });
});
