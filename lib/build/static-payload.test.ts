import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseRows, trimFlight, withStaticPayloadTrimmed } from './static-payload.mjs';

// A Flight stream in the shape Next.js 16 writes into a page: module rows, import rows (`I`), a
// hint row with no id (`:HL`), the root model (row 0), model rows, and long-text rows (`T`, a hex
// byte length and a comma, no newline after). Row 3 is StaticMarkup, row 4 an island.
const bytes = (s: string) => Buffer.byteLength(s, 'utf8').toString(16);
const shared = '長い\n<b>文</b>'; // the island uses it too, so it stays
const onlyStatic = '本文の二行目\n'; // only inside static markup, so it goes
const head =
  '1:"$Sreact.fragment"\n' +
  '2:"/_next/static/chunks/a.js"\n' +
  '3:I[100,["$2"],"StaticMarkup"]\n' +
  '4:I[200,["$2"],"ThemeSwitch"]\n' +
  ':HL["/_next/static/chunks/a.css","style"]\n';
const flight =
  head +
  '0:{"P":null,"c":["$","$1","c",{"children":[' +
  '["$","$L3",null,{"as":"footer","className":"f","children":["$","p",null,{"children":["$L5","$6"]}]}],' +
  '["$","$L4",null,{"label":"$6"}],' +
  '["$","$L3",null,{"children":"$7"}]]}]}\n' +
  '5:["$","h2",null,{"children":["見出し","$La"]}]\n' +
  `6:T${bytes(shared)},${shared}` +
  `7:T${bytes(onlyStatic)},${onlyStatic}` +
  'a:["$","a",null,{"href":"#x","children":"#"}]\n';
// Written out by hand: the two StaticMarkup elements without children; rows 5, 7 and a (used only
// inside them, a through 5) gone; row 6 kept for the island.
const expected =
  head +
  '0:{"P":null,"c":["$","$1","c",{"children":[' +
  '["$","$L3",null,{"as":"footer","className":"f"}],' +
  '["$","$L4",null,{"label":"$6"}],' +
  '["$","$L3",null,{}]]}]}\n' +
  `6:T${bytes(shared)},${shared}`;

describe('parseRows', () => {
  it('splits lines, the id-less hint row and long-text rows by their byte length, and loses no byte', () => {
    const rows = parseRows(Buffer.from(flight, 'utf8'));
    expect(rows.map((r) => [r.id, r.tag])).toEqual([
      ['1', ''],
      ['2', ''],
      ['3', 'I'],
      ['4', 'I'],
      ['', 'H'],
      ['0', ''],
      ['5', ''],
      ['6', 'T'],
      ['7', 'T'],
      ['a', ''],
    ]);
    expect(rows[7]!.data.toString('utf8')).toBe(shared);
    expect(rows[8]!.data.toString('utf8')).toBe(onlyStatic);
    expect(Buffer.concat(rows.map((r) => r.raw)).toString('utf8')).toBe(flight);
  });

  it('refuses a stream it cannot read, rather than guess', () => {
    expect(() => parseRows(Buffer.from('0:{}\nno colon here'))).toThrow(/without ":"/);
    expect(() => parseRows(Buffer.from('0:Tff,short'))).toThrow(/bad length/);
    expect(() => parseRows(Buffer.from('zz:{}\n'))).toThrow(/not hex/);
  });
});

describe('trimFlight', () => {
  it('drops the children of StaticMarkup elements and the rows only they used', () => {
    expect(trimFlight(flight)).toBe(expected);
  });

  it('refuses static markup that holds an island, directly or through a row it points to', () => {
    const direct = flight.replace('["$","$L3",null,{"children":"$7"}]', '["$","$L3",null,{"children":["$","$L4",null,{}]}]');
    expect(() => trimFlight(direct)).toThrow(/ThemeSwitch/);
    const nested = flight.replace('"children":"#"}]', '"children":["$","$L4",null,{}]}]');
    expect(nested).not.toBe(flight);
    expect(() => trimFlight(nested)).toThrow(/ThemeSwitch/);
  });

  it('reads `$ab` as row ab too, so a row still in use is kept', () => {
    const stream =
      '3:I[100,[],"StaticMarkup"]\n' +
      '0:[["$","$L3",null,{"children":"$Lab"}],["$","p",null,{"children":"$ab"}]]\n' +
      'ab:"kept"\n';
    expect(trimFlight(stream)).toBe('3:I[100,[],"StaticMarkup"]\n0:[["$","$L3",null,{}],["$","p",null,{"children":"$ab"}]]\nab:"kept"\n');
  });

  it('does not take a price in the text ("costs $4") for a reference to an island', () => {
    const stream = '3:I[100,[],"StaticMarkup"]\n4:I[200,[],"ThemeSwitch"]\n0:[["$","$L3",null,{"children":"It costs $4 now."}],["$","$L4",null,{}]]\n';
    expect(trimFlight(stream)).toBe('3:I[100,[],"StaticMarkup"]\n4:I[200,[],"ThemeSwitch"]\n0:[["$","$L3",null,{}],["$","$L4",null,{}]]\n');
  });

  it('finds StaticMarkup when its export name was moved to a row of its own', () => {
    const stream = 'f:"StaticMarkup"\n3:I[100,[],"$f"]\n0:["$","$L3",null,{"children":"text"}]\n';
    expect(trimFlight(stream)).toBe('f:"StaticMarkup"\n3:I[100,[],"$f"]\n0:["$","$L3",null,{}]\n');
  });

  it('refuses an island reached through a plain reference, not only a lazy one', () => {
    const stream = '3:I[100,[],"StaticMarkup"]\n4:I[200,[],"ThemeSwitch"]\n0:["$","$L3",null,{"children":["$","$4",null,{}]}]\n';
    expect(() => trimFlight(stream)).toThrow(/ThemeSwitch/);
  });

  it('copies in what a path reference pointed to inside the removed children', () => {
    // React writes an object it already sent as a path to its first copy: here the island's
    // labels, first sent inside the static part.
    const stream =
      '3:I[100,[],"StaticMarkup"]\n4:I[200,[],"CopyLink"]\n' +
      '0:[["$","$L3",null,{"children":["$","p",null,{"labels":{"copy":"Copy"}}]}],["$","$L4",null,{"labels":"$0:0:props:children:props:labels"}]]\n';
    expect(trimFlight(stream)).toBe('3:I[100,[],"StaticMarkup"]\n4:I[200,[],"CopyLink"]\n0:[["$","$L3",null,{}],["$","$L4",null,{"labels":{"copy":"Copy"}}]]\n');
  });

  it('leaves a stream without StaticMarkup as it is', () => {
    const plain = flight.replace('"StaticMarkup"', '"Other"');
    expect(trimFlight(plain)).toBe(plain);
  });
});

describe('withStaticPayloadTrimmed', () => {
  // Next.js splits the stream into pushes anywhere, even inside a row; `<` and `>` are escaped.
  const push = (part: string) => `<script>self.__next_f.push(${JSON.stringify([1, part]).replace(/</g, '\\u003c').replace(/>/g, '\\u003e')})</script>`;
  const cut = flight.indexOf('"as":"footer"');
  const page =
    '<!DOCTYPE html><html><body><footer class="f"><p>…</p></footer>' +
    '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
    push(flight.slice(0, cut)) +
    '<p>between</p>' +
    push(flight.slice(cut)) +
    '</body></html>';

  it('writes the trimmed stream as one push where the first was, and it reads back as the same stream', () => {
    const out = withStaticPayloadTrimmed(page);
    const scripts = [...out.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    expect(out.indexOf('self.__next_f.push([1,')).toBeLessThan(out.indexOf('<p>between</p>'));
    const self: { __next_f?: unknown[][] } = {};
    for (const s of scripts) runInNewContext(s, { self });
    expect(self.__next_f).toEqual([[0], [1, expected]]);
    expect(out).not.toMatch(/<b>|<\/b>/);
  });

  it('refuses a page with a payload script it does not read (binary chunk, nonce), rather than trim part of the stream', () => {
    const binary = page.replace('<p>between</p>', '<p>between</p><script>self.__next_f.push([3,"AAEC"])</script>');
    expect(() => withStaticPayloadTrimmed(binary)).toThrow(/1 of the page's 3 payload scripts/);
    const nonce = page.replace('<script>self.__next_f.push([1,', '<script nonce="n">self.__next_f.push([1,');
    expect(() => withStaticPayloadTrimmed(nonce)).toThrow(/payload scripts/);
  });

  it('refuses a page where two StaticMarkup elements share a name (the browser finds each by name)', () => {
    const twice = page.replace('<footer class="f">', '<footer class="f" data-static="footer"><nav data-static="footer"></nav>');
    expect(() => withStaticPayloadTrimmed(twice)).toThrow(/used twice on one page: footer/);
    const distinct = page.replace('<footer class="f">', '<footer class="f" data-static="footer"><nav data-static="breadcrumbs"></nav>');
    expect(() => withStaticPayloadTrimmed(distinct)).not.toThrow();
  });

  it('leaves a page without a payload, or without StaticMarkup, unchanged', () => {
    const noPayload = '<!DOCTYPE html><html><body><p>x</p></body></html>';
    expect(withStaticPayloadTrimmed(noPayload)).toBe(noPayload);
    const other = page.replace('\\"StaticMarkup\\"', '\\"Other\\"');
    expect(other).not.toBe(page);
    expect(withStaticPayloadTrimmed(other)).toBe(other);
  });
});
