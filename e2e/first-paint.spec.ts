import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/**
 * Pages paint their text before Next.js's chunks start (lib/build/scripts-after-paint.mjs): no
 * chunk is in the HTML the browser parses; the loader adds them only once the browser has reported
 * the first contentful paint, by which time the page already has its h1 and main text; then the
 * page hydrates. An init script runs before anything on the page and watches: it counts animation
 * frames, notes what the page holds when the first contentful paint is reported, and when the first
 * chunk's <script> enters the document it notes the frame count and whether that paint had been
 * reported by then. (What the first animation frame sees is not checked: on a slow 2-core host
 * the browser once ran a frame while the parser was still in the header, before any paint. The
 * layout's <link rel="expect"> now holds frames until the header is parsed; see the next test.)
 */
const pages = ['/ja/story/first-key/', '/en/simulator/', '/ja/errors/0xc004c003/', '/en/classroom/present/'];

test('Next.js chunks start only after the first contentful paint, by which time the page has its text', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: number; __chunkAtFrame?: number; __chunkAfterFcp?: boolean; __atFcp?: { h1: boolean; text: number } };
    w.__frames = 0;
    const tick = () => {
      w.__frames++;
      if (w.__frames < 5) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    // Registered before the page's own loader, so this runs first when the paint is reported.
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      w.__atFcp = { h1: !!document.querySelector('main h1'), text: (document.querySelector('main')?.textContent ?? '').length };
    }).observe({ type: 'paint', buffered: true });
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of Array.from(r.addedNodes))
          if (n instanceof HTMLScriptElement && n.src.includes('/_next/static/chunks/') && !n.noModule && w.__chunkAtFrame === undefined) {
            w.__chunkAtFrame = w.__frames;
            w.__chunkAfterFcp = performance.getEntriesByName('first-contentful-paint').length > 0;
          }
    }).observe(document, { childList: true, subtree: true });
  });
  for (const path of pages) {
    await page.goto(`.${path}`, { waitUntil: 'load' });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __chunkAtFrame?: number }).__chunkAtFrame), { message: `${path}: a chunk was added` }).toBeDefined();
    const seen = await page.evaluate(() => {
      const w = window as unknown as { __chunkAtFrame?: number; __chunkAfterFcp?: boolean; __atFcp?: { h1: boolean; text: number } };
      return { chunkAtFrame: w.__chunkAtFrame, chunkAfterFcp: w.__chunkAfterFcp, atFcp: w.__atFcp };
    });
    expect.soft(seen.chunkAtFrame, `${path}: the first chunk entered the page after the first frame`).toBeGreaterThanOrEqual(1);
    expect.soft(seen.chunkAfterFcp, `${path}: the first contentful paint was reported before the first chunk entered the page`).toBe(true);
    expect.soft(seen.atFcp?.h1, `${path}: the page had its h1 when the first contentful paint was reported`).toBe(true);
    expect.soft(seen.atFcp?.text ?? 0, `${path}: the page had its main text when the first contentful paint was reported`).toBeGreaterThan(200);
  }
});

/**
 * A frame drawn while the parser is inside the header's menu, after its <details> and before its
 * <summary>, shows the browser's own summary; the menu then moves when the real one arrives (CLS
 * 0.001 in the bench). The layout's <link rel="expect" href="#header-end" blocking="render">
 * stops the browser drawing anything until the empty #header-end after the header is parsed.
 * Here each page comes from a server in front of the site that sends the HTML up to exactly that
 * point in the menu, waits 1.5 s, then sends the rest: the first paint must wait for the rest and
 * must have the summary, and nothing may move.
 */
test('nothing is drawn while the parser is inside the header, so the menu never moves', async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const stopAfter = Buffer.from('data-testid="site-menu">');
  const waitMs = 1500;
  const stopped = new Map<string, string>();
  const server = createServer(async (req, res) => {
    try {
      const upstream = await fetch(origin + (req.url ?? '/'));
      const body = Buffer.from(await upstream.arrayBuffer());
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      const csp = upstream.headers.get('content-security-policy');
      res.writeHead(upstream.status, { 'content-type': type, ...(csp ? { 'content-security-policy': csp } : {}) });
      const at = type.includes('text/html') ? body.indexOf(stopAfter) : -1;
      if (at < 0) return void res.end(body);
      const cut = at + stopAfter.length;
      // What comes right after the stop, so the test knows it stopped between <details> and <summary>.
      stopped.set(req.url ?? '', body.subarray(cut, cut + 8).toString());
      res.write(body.subarray(0, cut));
      setTimeout(() => res.end(body.subarray(cut)), waitMs);
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    // Lighthouse's phone size, where the closed menu is a button.
    await page.setViewportSize({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const w = window as unknown as { __fcp?: { at: number; summary: boolean }; __shifts: string[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        const fcp = list.getEntriesByName('first-contentful-paint')[0];
        if (fcp) w.__fcp = { at: fcp.startTime, summary: !!document.querySelector('.site-menu > summary') };
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node | null }[] })[])
          w.__shifts.push(`${e.value.toFixed(4)} ${e.sources.map((s) => (s.node as Element | null)?.className ?? '?').join(', ')}`);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['/ja/errors/0xc004c003/', '/en/simulator/']) {
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const seen = await page.evaluate(() => {
        const w = window as unknown as { __fcp?: { at: number; summary: boolean }; __shifts: string[] };
        return { fcp: w.__fcp, shifts: w.__shifts };
      });
      expect(stopped.get(path), `${path}: the page was held between the menu's <details> and its <summary>`).toBe('<summary');
      // The paint waited for the rest of the page (without the link it came during the wait).
      expect.soft(seen.fcp?.at ?? 0, `${path}: the first contentful paint came after the wait`).toBeGreaterThan(waitMs);
      expect.soft(seen.fcp?.summary, `${path}: the menu had its own summary at the first contentful paint`).toBe(true);
      expect.soft(seen.shifts, `${path}: nothing moved`).toEqual([]);
    }
  } finally {
    server.close();
  }
});
