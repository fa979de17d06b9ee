import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzUrls, hostile, makerKinds, type FuzzUrl } from '../e2e/fuzz-urls';
import { parseStep } from './classroom/deck';
import { routeOf } from './content/route-table';
import { codeIndex, hexFromSlug, lookupIn, slugOf } from './errors/lookup';
import { isLocale, switchLocalePath } from './i18n/locales';
import { codeInQuery } from './search/direct-answer';
import { cleanQuery } from './search/query';
import { bounds, isPresetId, parse, run, scenarioFromPreset, serialise, summarise, type Correction, type Scenario } from './simulator';
import { fill } from './text/fill';

/**
 * The 300 seeded fuzz URLs of e2e/fuzz-urls.ts, each fed to every pure function a page hands that
 * part of the URL to: the simulator's scenario parser (and the reducer it feeds), the classroom
 * deck's `?step=` parser (presenter and speaker view), the error-code lookup (`?code=` and the
 * `/errors/<code>/` slug), the search query cleaner and its direct answer, the language switch's
 * path rewrite and the route table. React escapes every string it renders, so these functions are
 * the only place a URL reaches logic; the browser test (e2e/fuzz.spec.ts) loads a sample of the
 * same URLs to check the pages end to end. Nothing here may throw; every result is a valid state
 * or a clear "invalid"; what serialises round-trips.
 */
const base = 'http://127.0.0.1';
const storySlugs = readdirSync('content/ja/story').filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));
// The deck: the students' "before" page, the story's steps, the students' "after" page.
const deckTotal = storySlugs.length + 2;

const byKind = (kind: FuzzUrl['kind']) => fuzzUrls.filter((u) => u.kind === kind);
const fieldsCorrected = (corrections: Correction[]) => new Set(corrections.map((c) => c.field));

/** A scenario the simulator can show: bounded numbers, known keys, events naming PCs that exist. */
function expectValidScenario(s: Scenario, url: string) {
  const { seats, limit, key, sa, assumptions } = s.params;
  expect(Number.isInteger(seats) && seats >= 1 && seats <= bounds.seats.max, `${url}: seats ${seats}`).toBe(true);
  expect(Number.isInteger(limit) && limit >= 1 && limit <= bounds.limit.max, `${url}: limit ${limit}`).toBe(true);
  expect(['mak', 'retail'], url).toContain(key);
  if (key === 'retail') expect(seats, `${url}: a retail key is one license`).toBe(1);
  for (const flag of [sa, assumptions.reinstallUsesActivation, assumptions.blockFlagsExisting]) expect(typeof flag, url).toBe('boolean');
  expect(s.events.length, url).toBeLessThanOrEqual(bounds.events);
  let pcs = 0;
  let buyers = 0;
  for (const e of s.events) {
    if (e.t === 'reinstall' || e.t === 'motherboard' || e.t === 'retire') expect(Number.isInteger(e.pc) && e.pc >= 1 && e.pc <= pcs, `${url}: ${e.t} of PC ${e.pc} of ${pcs}`).toBe(true);
    if (e.t === 'buyerPc') expect(Number.isInteger(e.buyer) && e.buyer >= 1 && e.buyer <= buyers, `${url}: buyer ${e.buyer} of ${buyers}`).toBe(true);
    if (e.t === 'activate' || e.t === 'leak' || e.t === 'buyerPc') pcs++;
    if (e.t === 'leak') buyers++;
  }
}

describe('the fuzz URLs themselves', () => {
  it('are the seeded 300, every maker and every hostile value among them', () => {
    expect(fuzzUrls).toHaveLength(300);
    for (const kind of makerKinds) expect(byKind(kind).length, kind).toBeGreaterThan(5);
    const all = fuzzUrls.map((u) => u.url).join('\n');
    // Each hostile value reaches at least one URL, in either encoding the generator uses.
    for (const h of hostile) expect(all.includes(encodeURIComponent(h)) || all.includes(h.replace(/[#\s]/g, encodeURIComponent)), h.slice(0, 20)).toBe(true);
    // Every one parses as a URL the browser can load.
    for (const { url } of fuzzUrls) expect(() => new URL(url, base), url).not.toThrow();
  });
});

describe('simulator: ?seats, ?limit, ?key, ?sa, ?reinstall, ?flag, ?ev, ?preset', () => {
  const urls = [...byKind('simulator-params'), ...byKind('simulator-events')];

  it.each(urls.map((u) => [u.url.slice(0, 100), u.url]))('%s', (_, url) => {
    const q = new URL(url, base).searchParams;
    // ?preset= names a built-in scenario or is reported as unknown (the page's notice).
    const preset = q.get('preset');
    if (preset !== null && isPresetId(preset)) expectValidScenario(scenarioFromPreset(preset), url);

    const { scenario, corrections } = parse(q);
    expectValidScenario(scenario, url);
    const corrected = fieldsCorrected(corrections);

    // Nothing is changed silently: a value the visitor gave is kept as given, or its field is
    // listed in the corrections the page shows.
    for (const field of ['seats', 'limit'] as const) {
      const given = q.get(field);
      if (given !== null && !corrected.has(field)) expect(Number(given.trim()), `${url}: ${field}`).toBe(scenario.params[field]);
    }
    const key = q.get('key');
    if (key !== null && !corrected.has('key')) expect(scenario.params.key, url).toBe(key);
    for (const [field, value] of [
      ['sa', scenario.params.sa],
      ['reinstall', scenario.params.assumptions.reinstallUsesActivation],
      ['flag', scenario.params.assumptions.blockFlagsExisting],
    ] as const) {
      const given = q.get(field);
      if (given !== null && !corrected.has(field)) expect(given, `${url}: ${field}`).toBe(value ? '1' : '0');
    }
    const givenEvents = (q.get('ev') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
    const keptEvents = (new URLSearchParams(serialise(scenario)).get('ev') ?? '').split(',').filter(Boolean);
    if (!corrected.has('ev')) expect(keptEvents, `${url}: events`).toEqual(givenEvents);

    // The shared link (serialise) gives back exactly this scenario, with nothing to correct.
    const again = parse(serialise(scenario));
    expect(again.scenario, url).toEqual(scenario);
    expect(again.corrections, url).toEqual([]);
    // And the page can play it.
    const { state, log } = run(scenario);
    expect(log, url).toHaveLength(scenario.events.length);
    const summary = summarise(state);
    expect(summary.activationsUsed, url).toBeGreaterThanOrEqual(0);
  });

  it('the hostile values, in every field at once, give a valid scenario and a notice', () => {
    for (const h of hostile) {
      const q = new URLSearchParams(Object.entries({ seats: h, limit: h, key: h, sa: h, reinstall: h, flag: h, ev: h }));
      const { scenario, corrections } = parse(q);
      expectValidScenario(scenario, h.slice(0, 20));
      expect(corrections.length, h.slice(0, 20)).toBeGreaterThan(0);
      expect(isPresetId(h)).toBe(false);
    }
  });
});

describe('classroom deck: ?step= on the presenter and the speaker view', () => {
  const urls = [...byKind('presenter-step'), ...byKind('notes-step')];

  it.each(urls.map((u) => [u.url.slice(0, 100), u.url]))('%s', (_, url) => {
    const raw = new URL(url, base).searchParams.get('step');
    for (const total of [1, deckTotal]) {
      const { step, corrected } = parseStep(raw, total);
      expect(Number.isInteger(step) && step >= 1 && step <= total, `${url}: step ${step} of ${total}`).toBe(true);
      // Kept as given, or marked as corrected (the page then writes the slide it shows).
      if (!corrected && raw) expect(Number(raw.trim()), url).toBe(step);
      // The URL the page writes back reads as the same slide.
      expect(parseStep(String(step), total), url).toEqual({ step, corrected: false });
    }
  });
});

describe('error codes: ?code= and /errors/<code>/', () => {
  const known = new Set(codeIndex.hexes);

  function expectClearResult(input: string, url: string) {
    const result = lookupIn(codeIndex, input);
    switch (result.kind) {
      case 'found':
        expect(known.has(result.hex), `${url}: ${result.hex}`).toBe(true);
        // The page it opens: the slug reads back as the same code.
        expect(hexFromSlug(slugOf(result.hex)), url).toBe(result.hex);
        break;
      case 'unknown':
        expect(result.hex, url).toMatch(/^0x[0-9A-F]{8}$/);
        expect(known.has(result.hex), url).toBe(false);
        expect(result.suggestions.length, url).toBeLessThanOrEqual(3);
        for (const s of result.suggestions) expect(known.has(s), `${url}: suggestion ${s}`).toBe(true);
        break;
      case 'empty':
        break;
      case 'invalid':
        expect(['not-a-code', 'too-long', 'out-of-range'], url).toContain(result.reason);
        break;
      default:
        throw new Error(`${url}: unexpected result ${JSON.stringify(result)}`);
    }
    return result;
  }

  it.each(byKind('errors-code-query').map((u) => [u.url.slice(0, 100), u.url]))('%s', (_, url) => {
    const code = new URL(url, base).searchParams.get('code');
    expect(code, url).not.toBeNull();
    expectClearResult(code!, url);
  });

  it.each(byKind('errors-code-path').map((u) => [u.url.slice(0, 100), u.url]))('%s', (_, url) => {
    const { pathname } = new URL(url, base);
    const slug = pathname.split('/')[3]!;
    // A static host serves a page only for a known code's slug; the slug parser agrees.
    const hex = hexFromSlug(slug);
    if (hex !== null) {
      expect(hex, url).toMatch(/^0x[0-9A-F]{8}$/);
      expect(slugOf(hex), url).toBe(slug.toLowerCase());
    }
    let decoded: string | null = null;
    try {
      decoded = decodeURIComponent(slug);
    } catch {
      // A broken %-escape: the server answers with the 404 page (scripts/serve.mjs).
    }
    if (decoded !== null) expectClearResult(decoded, url);
  });

  it('the hostile values give a clear result', () => {
    for (const h of hostile) expectClearResult(h, h.slice(0, 20));
    // The one hostile value that is a code in full-width digits finds it.
    expect(lookupIn(codeIndex, '０ｘＣ００４Ｃ００３')).toEqual({ kind: 'found', hex: '0xC004C003' });
  });
});

describe('search: ?q=', () => {
  it.each(byKind('search-query').map((u) => [u.url.slice(0, 100), u.url]))('%s', (_, url) => {
    const raw = new URL(url, base).searchParams.get('q');
    const { query, truncated } = cleanQuery(raw);
    expect(query, url).not.toMatch(/[\u0000-\u001f\u007f]/);
    expect(query, url).toBe(query.trim());
    expect(query, url).not.toMatch(/\s\s/);
    expect([...query].length, url).toBeLessThanOrEqual(100);
    if (truncated) expect([...query].length, url).toBe(100);
    // Cleaning is settled: the query the page shows cleans to itself.
    expect(cleanQuery(query), url).toEqual({ query, truncated: false });
    // The no-results message shows the query exactly as typed ($&, $1 and {q} included).
    expect(fill('Nothing matched “{q}”.', { q: query }), url).toBe(`Nothing matched “${query}”.`);
    const code = codeInQuery(codeIndex, query);
    if (code) {
      expect(codeIndex.hexes, url).toContain(code.hex);
      expect(code.slug, url).toBe(code.hex.toLowerCase());
    }
  });
});

describe('paths: unknown story steps, unknown top-level paths, and every other URL', () => {
  it.each(fuzzUrls.map((u) => [u.url.slice(0, 100), u.url]))('%s', (_, url) => {
    const { pathname } = new URL(url, base);
    const locale = pathname.split('/')[1];
    // The language switch on any page (the 404 page included) leads to a page of the other language.
    for (const to of ['ja', 'en'] as const) {
      const target = switchLocalePath(pathname, to);
      expect(target.startsWith(`/${to}/`), `${url} → ${target}`).toBe(true);
      expect(target.endsWith('/'), `${url} → ${target}`).toBe(true);
      if (isLocale(locale)) expect(target.slice(3), url).toBe(pathname.endsWith('/') ? pathname.slice(3) : `${pathname.slice(3)}/`);
    }
    // The route table (the crawl's and the metadata's) answers for any path without throwing;
    // an unknown story step matches the step route's pattern, but no page is built for it
    // (dynamicParams = false), so the static host answers 404.
    const route = routeOf(pathname.replace(/^\/(ja|en)\/?/, ''));
    if (/^\/(ja|en)\/story\/[^/]+\/$/.test(pathname)) {
      expect(storySlugs.includes(pathname.split('/')[3]!), url).toBe(false);
      expect(route?.route, url).toBe('story/[step]');
    }
    if (route) expect(typeof route.route, url).toBe('string');
  });
});
