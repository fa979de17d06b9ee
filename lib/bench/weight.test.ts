import { describe, expect, it } from 'vitest';
import { jsBudget, pageAssets, pageWeight } from './weight.mjs';

const html = `<html><head><link rel="stylesheet" href="/a.css"><link rel="preload" as="script" href="/x.js"><script src="/x.js" async=""></script><script src="/old.js" nomodule=""></script><script>self.__next_f.push([1,"hi"])</script><script type="application/ld+json">{"a":1}</script></head><body></body></html>`;

describe('page weight', () => {
  it('counts external scripts once, skips nomodule and JSON-LD, counts inline scripts', () => {
    const a = pageAssets(html);
    expect(a.scripts).toEqual(['/x.js']);
    expect(a.styles).toEqual(['/a.css']);
    expect(a.inline).toBe('self.__next_f.push([1,"hi"])');
  });
  it('adds up the bytes', () => {
    const w = pageWeight(html, (p: string) => Buffer.from(p === '/x.js' ? 'x'.repeat(1000) : 'body{}'));
    expect(w.scripts).toBe(1);
    expect(w.jsRaw).toBe(1000 + 'self.__next_f.push([1,"hi"])'.length);
    expect(w.jsGzip).toBeGreaterThan(0);
  });
  it('sets the budgets from the floor', () => {
    expect(jsBudget('content', 100_000)).toBe(110_000);
    expect(jsBudget('interactive', 100_000)).toBe(100_000 + 30 * 1024);
  });
});
