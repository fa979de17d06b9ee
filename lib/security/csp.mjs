import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy: nothing from other origins, no eval, and inline scripts allowed
 * only by the SHA-256 hash of each one, computed after the build for each page.
 */
/** @param {string} html @returns {string[]} */
export function inlineScripts(html) {
  /** @type {string[]} */
  const scripts = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    if (/\bsrc\s*=/.test(attrs)) continue;
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    // Data blocks (JSON-LD) are never executed, so CSP does not apply to them.
    if (type && !['text/javascript', 'module', 'application/javascript'].includes(type)) continue;
    scripts.push(m[2] ?? '');
  }
  return scripts;
}

/** @param {string} text */
export function sha256(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** @param {readonly string[]} scriptHashes */
export function contentSecurityPolicy(scriptHashes) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the search index (Pagefind's WebAssembly) run; it is not 'unsafe-eval'.
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].join(' ')}`.trim(),
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The other security headers, the same on every response. */
/** @type {Record<string, string>} */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/** Where Next.js puts its hashed files (chunks, CSS), which never change under one name. */
export const staticFilesPrefix = '/_next/static/';

/** The header for those files: cached for a year, never revalidated. */
/** @type {Record<string, string>} */
export const staticFilesHeaders = { 'Cache-Control': 'public, max-age=31536000, immutable' };
