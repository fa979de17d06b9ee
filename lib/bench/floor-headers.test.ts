import { describe, expect, it } from 'vitest';
import { securityHeaders } from '../security/csp.mjs';
import { floorHeaders } from './floor-headers.mjs';

describe('floorHeaders', () => {
  // The site's own headers (scripts/postbuild.mjs writes these into out/_headers for every response).
  it("sends the site's security headers on every response", () => {
    expect(Object.keys(securityHeaders)).toContain('Cross-Origin-Opener-Policy');
    expect(floorHeaders('/')).toMatchObject(securityHeaders);
    expect(floorHeaders('/favicon.ico')).toMatchObject(securityHeaders);
    expect(floorHeaders('/favicon.ico')['Content-Security-Policy']).toBeUndefined();
  });

  it('allows exactly the inline scripts of the page it is sent with', () => {
    const html = '<html><head><script>self.a=1</script><script src="/_next/static/chunks/x.js" async></script></head><body><script type="application/ld+json">{}</script><script>self.b=2</script></body></html>';
    const csp = floorHeaders('/ja/', html)['Content-Security-Policy'] ?? '';
    // sha256 of "self.a=1" and "self.b=2", base64 (computed with `printf %s 'self.a=1' | openssl dgst -sha256 -binary | base64`).
    expect(csp).toContain("'sha256-U+8MK+0uDzz63CVi5Lllj/7310ahz5UzrVluFdPYEWw='");
    expect(csp).toContain("'sha256-i/U23rwr3t15H5IyMYT37XeW/Ys7tmKvWoznTcpmJBA='");
    expect(csp.match(/'sha256-/g)).toHaveLength(2);
    expect(csp).toContain("script-src 'self'");
  });

  it("uses the site's cache header for static chunks only", () => {
    expect(floorHeaders('/_next/static/chunks/a.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
    expect(floorHeaders('/')['Cache-Control']).toBeUndefined();
  });

});
