import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineScripts, sha256 } from './csp.mjs';

describe('CSP', () => {
  it('finds inline scripts and skips external scripts and JSON-LD', () => {
    const html = '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><script async>b()</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });
  it('hashes like browsers do (sha256, base64)', () => {
    expect(sha256('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
  });
  it('has no unsafe-eval, no unsafe-inline and no remote origins', () => {
    const csp = contentSecurityPolicy([sha256('a()')]);
    expect(csp).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:/);
    expect(csp).toContain("frame-ancestors 'none'");
  });
});
