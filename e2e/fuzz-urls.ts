/**
 * The fuzz URLs, shared by the unit property test (lib/url-fuzz.test.ts, all 300 generated URLs
 * through every pure function the pages hand the URL to) and the browser test (e2e/fuzz.spec.ts,
 * a sample that keeps every URL maker and every hostile value). Pure: no Playwright, no I/O.
 *
 * The generator is seeded and unchanged from the browser-only fuzz test it came from, so the 300
 * URLs are the same ones, in the same order, and a failure names a URL that reproduces it.
 */
export function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

/** Values an attacker or a broken link might put in the address. */
export const hostile = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '{{7*7}}',
  '../../../../etc/passwd',
  '\u0000\u0001\u202e',
  '０ｘＣ００４Ｃ００３',
  '-1073430525',
  '9'.repeat(400),
  'A'.repeat(5000),
  '%E0%A4%A',
  '-5',
  '1e309',
  'NaN',
  '[]',
  '{"__proto__":{"x":1}}',
] as const;

/** What kind of page a URL maker aims at (the names are the makers' order below). */
export const makerKinds = [
  'simulator-params',
  'simulator-events',
  'presenter-step',
  'notes-step',
  'errors-code-query',
  'search-query',
  'slmgr-query',
  'story-path',
  'root-path',
  'errors-code-path',
] as const;
export type MakerKind = (typeof makerKinds)[number];

export const simulatorParams = ['seats', 'limit', 'key', 'ev', 'reinstall', 'flag', 'preset', 'x'] as const;
export const simulatorSecondParams = ['ev', 'seats', 'limit'] as const;

export interface FuzzUrl {
  kind: MakerKind;
  /** Site-relative, without the base path. */
  url: string;
}

/** `count` seeded URLs; the sequence of random draws is exactly the original test's. */
export function makeUrls(count: number): FuzzUrl[] {
  const random = rng(20260413);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const junk = () => {
    const chars = 'abcXYZ019<>"\'&%=;#/?\\ あ認証　-_.~';
    return Array.from({ length: 1 + Math.floor(random() * 40) }, () => pick([...chars])).join('');
  };
  const value = () => (random() < 0.5 ? pick(hostile) : junk());
  const enc = (v: string) => (random() < 0.7 ? encodeURIComponent(v) : v.replace(/[#\s]/g, encodeURIComponent));
  const locale = () => pick(['ja', 'en']);
  const makers: Record<MakerKind, () => string> = {
    'simulator-params': () => `/${locale()}/simulator/?${pick(simulatorParams)}=${enc(value())}&${pick(simulatorSecondParams)}=${enc(value())}`,
    'simulator-events': () => `/${locale()}/simulator/?ev=${Array.from({ length: Math.floor(random() * 3000) }, () => pick(['a', 'r1', 'm2', 'x1', 'l', 'b', 'v', 'zz', ','])).join(',')}`,
    'presenter-step': () => `/${locale()}/classroom/present/?step=${enc(value())}`,
    'notes-step': () => `/${locale()}/classroom/notes/?step=${enc(value())}`,
    'errors-code-query': () => `/${locale()}/errors/?code=${enc(value())}`,
    'search-query': () => `/${locale()}/search/?q=${enc(value())}`,
    'slmgr-query': () => `/${locale()}/tools/slmgr/?${enc(junk())}=${enc(value())}`,
    'story-path': () => `/${locale()}/story/${encodeURIComponent(junk()).slice(0, 80)}/`,
    'root-path': () => `/${encodeURIComponent(junk()).slice(0, 60)}/`,
    'errors-code-path': () => `/${locale()}/errors/${encodeURIComponent(value()).slice(0, 120)}/`,
  };
  return Array.from({ length: count }, () => {
    const kind = pick(makerKinds);
    return { kind, url: makers[kind]() };
  });
}

/** The seeded 300 (the number issue #18 names). */
export const fuzzUrls = makeUrls(300);

/** A value as the generator writes it: percent-encoded, or raw with only `#` and spaces escaped. */
const encoded = (v: string, raw: boolean) => (raw ? v.replace(/[#\s]/g, encodeURIComponent) : encodeURIComponent(v));

/**
 * The browser sample: every hostile value once on each kind of page that reads its query string
 * (the simulator, the classroom deck's `?step=` on the presenter or the speaker view in turn, the
 * error lookup's `?code=`, the search's `?q=`), alternating language and the two encodings the
 * generator uses; then the first generated URL of every maker, so each maker (the long event list,
 * the slmgr page, unknown story, root and error-code paths) is loaded as generated.
 */
export function browserSample(): FuzzUrl[] {
  const out: FuzzUrl[] = [];
  hostile.forEach((h, i) => {
    const locale = i % 2 ? 'en' : 'ja';
    const raw = i % 3 === 2;
    const deck = i % 2 ? 'notes' : 'present';
    out.push(
      { kind: 'simulator-params', url: `/${locale}/simulator/?${simulatorParams[i % simulatorParams.length]}=${encoded(h, raw)}&${simulatorSecondParams[i % simulatorSecondParams.length]}=${encoded(h, raw)}` },
      { kind: deck === 'present' ? 'presenter-step' : 'notes-step', url: `/${locale}/classroom/${deck}/?step=${encoded(h, raw)}` },
      { kind: 'errors-code-query', url: `/${locale === 'ja' ? 'en' : 'ja'}/errors/?code=${encoded(h, raw)}` },
      { kind: 'search-query', url: `/${locale}/search/?q=${encoded(h, raw)}` },
    );
  });
  for (const kind of makerKinds) out.push(fuzzUrls.find((u) => u.kind === kind)!);
  return out;
}
