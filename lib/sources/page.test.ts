import { describe, expect, it } from 'vitest';
import { loadSources } from '@/lib/content/load';
import { sourceHref, sourcePage } from './page';

describe('sourcePage / sourceHref', () => {
  it('puts pages served by Microsoft on the main sources page', () => {
    expect(sourceHref('ja', { id: 'A', url: 'https://learn.microsoft.com/en-us/windows/' })).toBe('/ja/sources/#A');
    expect(sourceHref('en', { id: 'B', url: 'https://support.microsoft.com/help/1' })).toBe('/en/sources/#B');
    expect(sourceHref('en', { id: 'C', url: 'https://microsoft.com/x' })).toBe('/en/sources/#C');
  });

  it('puts everything else, including look-alike hosts, on the other page', () => {
    expect(sourceHref('ja', { id: 'D', url: 'https://example.org/windows' })).toBe('/ja/sources/other/#D');
    expect(sourceHref('en', { id: 'E', url: 'https://microsoft.com.example.net/' })).toBe('/en/sources/other/#E');
    expect(sourceHref('en', { id: 'F', url: 'https://notmicrosoft.com/' })).toBe('/en/sources/other/#F');
  });

  it('gives each record of content/sources.json one page, both pages in use', () => {
    const pages = loadSources().map(sourcePage);
    expect(pages.filter((p) => p === 'sources').length).toBeGreaterThan(10);
    expect(pages.filter((p) => p === 'sources/other').length).toBeGreaterThan(10);
    // Known records, checked by hand against their URLs.
    const byId = new Map(loadSources().map((s) => [s.id, sourcePage(s)]));
    expect(byId.get('M365-KEYS')).toBe('sources');
    expect(byId.get('OL-TERMS')).toBe('sources/other');
  });
});
