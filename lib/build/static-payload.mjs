// The inline RSC payload of each exported page, without the children of server-only markup.
// Written into each page after the build (scripts/postbuild.mjs), before the CSP hashes are taken.
//
// Why: Next.js writes a page's content twice, as HTML and again as the RSC payload (inline
// `self.__next_f.push([1, "…"])` scripts) that the browser hydrates from. The children of
// components/content/StaticMarkup are never hydrated: in the browser it adopts the element's own
// HTML and ignores `children`. So their copy in the payload is never read, and it goes: each such
// element keeps its props but loses `children`, and the rows only those children referred to go
// with them. The text is then sent once, as HTML.
//
// How: the payload is the React Flight format, one row per line: `<hex id>:` then an optional tag
// and the row's data. Rows tagged `T` (long text) and the binary tags carry a hex byte length and
// a comma instead of ending at a newline. Only untagged rows (JSON models) are parsed and changed;
// every other row keeps its bytes. The result goes back as one push script where the first was.

const pushScript = /<script>self\.__next_f\.push\((\[1,"(?:[^"\\]|\\.)*"\])\)<\/script>/g;
/** Row tags followed by a hex byte length and a comma (ReactFlightClient, processBinaryChunk). */
const lengthTags = new Set('TAOobUSsLlGgMmV');
/** The export name the payload's import rows give the component (components/content/StaticMarkup.tsx). */
export const staticMarkupExport = 'StaticMarkup';

/** Splits a Flight stream (as UTF-8 bytes) into rows: `{ id, tag, data, raw }` (data and raw are Buffers). */
export function parseRows(bytes) {
  const rows = [];
  let i = 0;
  while (i < bytes.length) {
    const start = i;
    const colon = bytes.indexOf(0x3a, i);
    if (colon < 0) throw new Error('static-payload: a row without ":"');
    const id = bytes.subarray(i, colon).toString('latin1');
    if (!/^[0-9a-f]*$/.test(id)) throw new Error(`static-payload: row id "${id}" is not hex`);
    i = colon + 1;
    const first = String.fromCharCode(bytes[i]);
    let tag = '';
    let data;
    if (lengthTags.has(first)) {
      tag = first;
      const comma = bytes.indexOf(0x2c, i + 1);
      const length = parseInt(bytes.subarray(i + 1, comma).toString('latin1'), 16);
      if (comma < 0 || Number.isNaN(length) || comma + 1 + length > bytes.length) throw new Error(`static-payload: row ${id} has a bad length`);
      data = bytes.subarray(comma + 1, comma + 1 + length);
      i = comma + 1 + length;
    } else {
      if ((first >= 'A' && first <= 'Z') || first === '#' || first === 'r' || first === 'x') tag = first;
      const newline = bytes.indexOf(0x0a, i);
      const end = newline < 0 ? bytes.length : newline;
      data = bytes.subarray(i + tag.length, end);
      i = newline < 0 ? bytes.length : newline + 1;
    }
    rows.push({ id, tag, data, raw: bytes.subarray(start, i) });
  }
  return rows;
}

/**
 * Every row id a string of the payload may point to (`$1a`, `$L1a`, `$@1a`, `$Q1a:…`): generous on
 * purpose, so no row in use is dropped. `$ab` is read both as the tag `a` with row `b` and as row
 * `ab`, since a tag letter can also be a hex digit.
 */
function referencedIds(text) {
  const ids = new Set();
  for (const m of text.matchAll(/\$([A-Za-z@]?)([0-9a-f]+)(?![0-9a-f])/g)) {
    ids.add(m[2]);
    if (/^[a-f]$/.test(m[1])) ids.add(m[1] + m[2]);
  }
  return ids;
}

/** An import row's export name; the server moves long strings into rows of their own (`"$f"`). */
function importName(row, byId) {
  const name = JSON.parse(row.data.toString('utf8'))[2];
  const moved = typeof name === 'string' && /^\$[0-9a-f]+$/.test(name) ? byId.get(name.slice(1)) : undefined;
  return moved && moved.tag === '' ? JSON.parse(moved.data.toString('utf8')) : name;
}

/**
 * Follows a path reference (`$a:props:children:3`, React's way of writing an object it already
 * sent) through the JSON models: `props`, `type` and `key` of an element (`["$", type, key, props]`)
 * are its entries 3, 1 and 2; a string pointing to another row continues there.
 */
function resolvePath(models, id, segments) {
  let value = models.get(id);
  for (const segment of segments) {
    if (typeof value === 'string' && /^\$[L@]?[0-9a-f]+$/.test(value)) value = models.get(value.replace(/^\$[L@]?/, ''));
    if (Array.isArray(value) && value[0] === '$' && segment in elementFields) value = value[elementFields[segment]];
    else if (value && typeof value === 'object') value = value[segment];
    else return undefined;
  }
  return value;
}
const elementFields = { type: 1, key: 2, props: 3 };

/**
 * Replaces, in `value`, each path reference that no longer resolves (it pointed into children that
 * were removed) by a copy of what it pointed to. Returns whether anything was replaced; throws if
 * such a reference cannot be resolved at all.
 */
function repairPathReferences(value, models, originals) {
  let repaired = false;
  const visit = (holder, key) => {
    const v = holder[key];
    if (typeof v === 'string') {
      const m = /^\$[L@]?([0-9a-f]+):(.+)$/.exec(v);
      if (!m || resolvePath(models, m[1], m[2].split(':')) !== undefined) return;
      const original = resolvePath(originals, m[1], m[2].split(':'));
      if (original === undefined) throw new Error(`static-payload: cannot follow the reference ${v}`);
      holder[key] = structuredClone(original);
      repaired = true;
    } else if (v && typeof v === 'object') for (const k of Object.keys(v)) visit(v, k);
  };
  visit({ value }, 'value');
  return repaired;
}

/** Deletes `children` from every element whose type is `$L<lazyId>`; returns what was removed. */
function stripChildren(value, lazyIds, removed) {
  if (Array.isArray(value)) {
    if (value[0] === '$' && typeof value[1] === 'string' && lazyIds.has(value[1]) && value[3] && typeof value[3] === 'object' && 'children' in value[3]) {
      removed.push(value[3].children);
      delete value[3].children;
    }
    for (const item of value) stripChildren(item, lazyIds, removed);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) stripChildren(value[key], lazyIds, removed);
  }
}

/**
 * The client components (by export name) that the removed children render, directly or through
 * the rows they point to: an island put inside StaticMarkup by mistake. StaticMarkup itself is
 * allowed (it renders nothing in the browser anyway).
 */
function clientComponentsIn(removed, rows) {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const found = new Set();
  const seen = new Set();
  // Only whole JSON strings are references here, so a price like "$10" in the text is not one.
  const visit = (text) => {
    for (const id of referencedIds([...text.matchAll(/"(\$[A-Za-z@]?[0-9a-f]+)(?::[^"]*)?"/g)].map((m) => m[1]).join(' '))) {
      const row = byId.get(id);
      if (!row || seen.has(row.id)) continue;
      seen.add(row.id);
      if (row.tag === 'I') {
        const name = importName(row, byId);
        if (name !== staticMarkupExport) found.add(name);
      } else if (row.tag === '') visit(row.data.toString('utf8'));
    }
  };
  visit(JSON.stringify(removed));
  return [...found];
}

/**
 * The Flight stream without the children of StaticMarkup elements and the rows only they used.
 * Throws when those children hold a client component, which would silently never hydrate.
 */
export function trimFlight(flight) {
  const rows = parseRows(Buffer.from(flight, 'utf8'));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const importIds = rows.filter((r) => r.tag === 'I' && importName(r, byId) === staticMarkupExport).map((r) => r.id);
  if (importIds.length === 0) return flight;
  const lazyIds = new Set(importIds.map((id) => `$L${id}`));
  const json = rows.filter((r) => r.tag === '');
  const originals = new Map(json.map((r) => [r.id, JSON.parse(r.data.toString('utf8'))]));
  const models = new Map(json.map((r) => [r.id, JSON.parse(r.data.toString('utf8'))]));
  const removed = [];
  for (const row of json) {
    const before = removed.length;
    stripChildren(models.get(row.id), lazyIds, removed);
    if (removed.length > before) row.changed = true;
  }
  if (removed.length === 0) return flight;
  const islands = clientComponentsIn(removed, rows);
  if (islands.length) {
    throw new Error(`static-payload: StaticMarkup holds client components (${islands.join(', ')}); they would never hydrate there`);
  }
  for (const row of json) if (repairPathReferences(models.get(row.id), models, originals)) row.changed = true;
  for (const row of json) if (row.changed) row.data = Buffer.from(JSON.stringify(models.get(row.id)), 'utf8');
  // Rows the removed children pointed to go too, once nothing left points to them (and so on,
  // for the rows those pointed to).
  let candidates = referencedIds(JSON.stringify(removed));
  const dropped = new Set();
  while (candidates.size) {
    const kept = rows.filter((r) => !dropped.has(r.id));
    const inUse = new Set();
    for (const r of kept) for (const id of referencedIds(r.data.toString('utf8'))) inUse.add(id);
    const next = new Set();
    for (const id of candidates) {
      const row = byId.get(id);
      if (!row || dropped.has(id) || id === '0' || inUse.has(id)) continue;
      dropped.add(id);
      for (const ref of referencedIds(row.data.toString('utf8'))) next.add(ref);
    }
    candidates = next;
  }
  const parts = [];
  for (const r of rows) {
    if (dropped.has(r.id)) continue;
    parts.push(r.changed ? Buffer.concat([Buffer.from(`${r.id}:`, 'latin1'), r.data, Buffer.from('\n')]) : r.raw);
  }
  return Buffer.concat(parts).toString('utf8');
}

/** As Next.js escapes a push's JSON for an inline script: no `<`, `>` or `&`, no line separators. */
function scriptSafe(json) {
  return json.replace(/[&<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page with its inline payload trimmed (see above). A page without StaticMarkup comes back unchanged. */
export function withStaticPayloadTrimmed(html) {
  const pushes = [...html.matchAll(pushScript)];
  // Every push must be one this reads (a string chunk in a plain <script>): trimming part of the
  // stream, or moving it past a push it did not read, would corrupt it.
  const all = html.split('self.__next_f.push(').length - 1;
  if (all !== pushes.length) throw new Error(`static-payload: ${all - pushes.length} of the page's ${all} payload scripts are in a form this does not read`);
  // StaticMarkup finds its HTML in the browser by name, so a name may appear once on a page.
  const names = [...html.matchAll(/ data-static="([^"]*)"/g)].map((m) => m[1]);
  const twice = names.filter((n, i) => names.indexOf(n) !== i);
  if (twice.length) throw new Error(`static-payload: StaticMarkup name used twice on one page: ${[...new Set(twice)].join(', ')}`);
  if (pushes.length === 0) return html;
  const flight = pushes.map((m) => JSON.parse(m[1])[1]).join('');
  const trimmed = trimFlight(flight);
  if (trimmed === flight) return html;
  const script = `<script>self.__next_f.push(${scriptSafe(JSON.stringify([1, trimmed]))})</script>`;
  let out = '';
  let at = 0;
  pushes.forEach((m, k) => {
    out += html.slice(at, m.index) + (k === 0 ? script : '');
    at = m.index + m[0].length;
  });
  return out + html.slice(at);
}
