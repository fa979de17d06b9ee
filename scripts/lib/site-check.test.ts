import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, decodeEntities, mainText } from './site-check.mjs';

const text = 'Enough words here to count as a real page for a reader without any JavaScript at all.';
const page = (body: string, h1 = '<h1>T</h1>') => `<!DOCTYPE html><html><body><main>${h1}<p>${text}</p>${body}</main></body></html>`;

function site(files: Record<string, string>, sitemap: string[]): string {
  const out = mkdtempSync(join(tmpdir(), 'out-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), html);
  }
  writeFileSync(join(out, 'sitemap.xml'), `<urlset>${sitemap.map((p) => `<url><loc>https://example.org${p}</loc></url>`).join('')}</urlset>`);
  return out;
}

describe('static site checks over out/', () => {
  it('passes a consistent site, with encoded Japanese fragments and entities in hrefs', () => {
    const out = site(
      {
        'index.html': page('<a href="/ja/">ja</a>'),
        'ja/index.html': page('<a href="/ja/x/#%E8%AA%8D%E8%A8%BC">x</a> <a href="./x/?a=1&amp;b=2">q</a> <a href="https://other.example/">o</a>'),
        'ja/x/index.html': page('<h2 id="認証">認証</h2><a href="#top">top</a><span id="top"></span>'),
      },
      ['/', '/ja/', '/ja/x/'],
    );
    expect(checkSite(out)).toEqual({ pages: 3, links: 4, problems: [] });
  });

  it('names a broken link, a missing fragment and a page with two h1s or no text', () => {
    const out = site(
      {
        'index.html': page('<a href="/ja/nope/">a</a> <a href="/ja/#missing">b</a>'),
        'ja/index.html': page('', '<h1>A</h1><h1>B</h1>'),
        'ja/empty/index.html': '<html><main><h1>E</h1></main></html>',
      },
      ['/', '/ja/', '/ja/empty/'],
    );
    expect([...checkSite(out).problems].sort()).toEqual([
      '/: link /ja/#missing: no id="missing" on the target page',
      '/: link /ja/nope/ has no page in out/',
      '/ja/: 2 <h1> elements in the HTML (want exactly 1)',
      '/ja/empty/: <main> has 1 characters of text without JavaScript',
    ]);
  });

  it('names a page missing from the sitemap and a sitemap entry without a page', () => {
    const out = site({ 'index.html': page(''), 'ja/hidden/index.html': page('') }, ['/', '/ja/gone/']);
    expect(checkSite(out).problems).toEqual([
      '/ja/hidden/: page is not in sitemap.xml (the crawl would skip it; add its route to lib/content/route-table.ts)',
      'sitemap.xml: /ja/gone/ has no page in out/',
    ]);
  });

  it('under a base path, links outside it are broken', () => {
    const out = site({ 'index.html': page('<a href="/sub/ja/">in</a> <a href="/ja/">out</a>'), 'ja/index.html': page('') }, ['/sub/', '/sub/ja/']);
    expect(checkSite(out, { basePath: '/sub' }).problems).toEqual(['/: link /ja/ has no page in out/']);
  });

  it('decodes entities and strips scripts from the main text', () => {
    expect(decodeEntities('a&amp;b &#x27;c&#39; &lt;d&gt; &nbsp;')).toBe("a&b 'c' <d> &nbsp;");
    expect(mainText('<main><h1>Hi</h1><script>var x = 1;</script><p>there</p></main>')).toBe('Hi there');
  });
});
