import { describe, expect, it } from 'vitest';
import { breadcrumbListOf, textOf, withBreadcrumbJsonLd } from './breadcrumb-json-ld.mjs';

// A page shaped like the export: breadcrumbs nav, an h1 with BudouX breaks and ruby, a canonical link.
const page = `<!DOCTYPE html><html lang="ja"><head><link rel="canonical" href="https://example.org/ja/story/first-key/"/></head><body>
<nav aria-label="パンくずリスト" class="no-print" data-testid="breadcrumbs"><ol><li><a href="/ja/">ホーム</a></li><li><span aria-hidden="true">›</span><a href="/ja/story/">ストーリー &amp; 手順</a></li></ol></nav>
<h1 id="top">ステップ 3：<wbr/>1 本目の<ruby>譲渡<rt>じょうと</rt></ruby>キー</h1></body></html>`;

describe('BreadcrumbList from the exported page', () => {
  it('lists the breadcrumb links, then the page at its canonical URL, named by its h1', () => {
    expect(breadcrumbListOf(page)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'ホーム', item: 'https://example.org/ja/' },
        { '@type': 'ListItem', position: 2, name: 'ストーリー & 手順', item: 'https://example.org/ja/story/' },
        { '@type': 'ListItem', position: 3, name: 'ステップ 3：1 本目の譲渡キー', item: 'https://example.org/ja/story/first-key/' },
      ],
    });
  });

  it('writes it into <head> as a data block that cannot close its script', () => {
    const out = withBreadcrumbJsonLd(page.replace('ホーム', 'a&lt;/script&gt;b'));
    const block = out.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script><\/head>/)?.[1];
    expect(block).toBeDefined();
    expect(block).not.toContain('</script');
    expect(JSON.parse(block!).itemListElement[0].name).toBe('a</script>b');
  });

  it('leaves a page without breadcrumbs unchanged', () => {
    const plain = '<html><head></head><body><h1>Home</h1></body></html>';
    expect(withBreadcrumbJsonLd(plain)).toBe(plain);
  });

  it('decodes numeric entities and drops tags', () => {
    expect(textOf('A&#x27;s <b>key</b>&#39; &nbsp;x')).toBe("A's key' x");
  });
});
