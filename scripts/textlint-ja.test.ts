// The Japanese style check (scripts/textlint-ja.mjs) over temporary content trees: once as the CLI
// (exit codes and output), the other cases in this process through its exported lintJapanese(), so
// the morphological analyser's dictionary loads once instead of once a case (seconds each).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lintJapanese } from './textlint-ja.mjs';

const script = path.resolve(__dirname, 'textlint-ja.mjs');
const roots: string[] = [];

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'textlint-ja-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** The CLI, in a new Node process. */
function cli(root: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [script, '--root', root, ...args], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

/** The same check in this process: the CLI's exit status and output lines, from lintJapanese(). */
async function run(root: string, ...args: string[]) {
  const fix = args.includes('--fix');
  const { problems } = (await lintJapanese({ root, fix })) as { problems: string[] };
  return { status: problems.length > 0 ? 1 : 0, out: [...problems, `textlint-ja: ${problems.length} problem(s)`].join('\n') };
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

const goodMdx = [
  '---',
  'title: ステップ 2：届いたのはキーだけ',
  'keyPoints:',
  '  - プロダクト キーはライセンスではない。',
  '---',
  '',
  "import { Foo } from './foo';",
  '',
  '買い手は <Term id="product-key">プロダクト キー</Term>だけを受け取りました<Cite id="MS-PLAN" />。',
  '',
  '<Callout kind="note" title="当時と今">',
  'ライセンスは契約によって与えられます。',
  '</Callout>',
  '',
].join('\n');

const goodJson = `${JSON.stringify({ nav: { title: 'ボリューム ライセンスとは' }, n: 3 }, null, 2)}\n`;
// English fields of the error data are not Japanese text and are never linted.
const goodErrors = `${JSON.stringify([{ message: { en: 'プロダクトキー (not linted)', ja: 'プロダクト キーがブロックされています。' } }], null, 2)}\n`;

const good = {
  'content/ja/story/paying.mdx': goodMdx,
  'content/ja/messages/story.json': goodJson,
  'content/errors/codes.json': goodErrors,
};

// Each case starts Node and loads textlint with the morphological analyser: seconds, not milliseconds.
describe('textlint-ja', { timeout: 120_000 }, () => {
  it('passes on text that follows the style sheet', async () => {
    const { status, out } = await run(tree(good));
    expect(out).toContain('0 problem(s)');
    expect(status).toBe(0);
  });

  it('fails on a broken spelling in an MDX body, with the file and line (CLI: exit 1)', () => {
    const root = tree({ ...good, 'content/ja/story/paying.mdx': goodMdx.replace('ライセンスは契約', 'ボリュームライセンスは契約') });
    const { status, out } = cli(root);
    expect(status).toBe(1);
    expect(out).toMatch(/^content\/ja\/story\/paying\.mdx:12: prh: ボリュームライセンス => ボリューム ライセンス/m);
  });

  it('fails on a broken spelling inside a JSX attribute but ignores tags and imports', async () => {
    const mdx = goodMdx.replace('title="当時と今"', 'title="中古キーの話"').replace("'./foo'", "'./ウェブメール'");
    const { status, out } = await run(tree({ ...good, 'content/ja/story/paying.mdx': mdx }));
    expect(status).toBe(1);
    expect(out).toMatch(/^content\/ja\/story\/paying\.mdx:11: prh: 中古キー => 転売キー/m);
    expect(out).not.toContain('ウェブメール');
    expect(out).toContain('1 problem(s)');
  });

  it('fails on a broken spelling in a frontmatter string, with its line', async () => {
    const root = tree({ ...good, 'content/ja/story/paying.mdx': goodMdx.replace('  - プロダクト キー', '  - プロダクトキー') });
    const { status, out } = await run(root);
    expect(status).toBe(1);
    expect(out).toMatch(/^content\/ja\/story\/paying\.mdx:4: prh: プロダクトキー => プロダクト キー/m);
  });

  it('fails on a broken spelling in a JSON string and in the ja field of the error data', async () => {
    const root = tree({
      ...good,
      'content/ja/messages/story.json': goodJson.replace('ボリューム ライセンス', 'ボリュームライセンス'),
      'content/errors/codes.json': goodErrors.replace('プロダクト キーがブロック', '席数がブロック'),
    });
    const { status, out } = await run(root);
    expect(status).toBe(1);
    expect(out).toMatch(/^content\/ja\/messages\/story\.json#nav\.title: prh: ボリュームライセンス => ボリューム ライセンス/m);
    expect(out).toMatch(/^content\/errors\/codes\.json#\[0\]\.message\.ja: prh: 席数 => ライセンス数/m);
    expect(out).toContain('2 problem(s)');
  });

  it('--fix rewrites MDX and JSON in place and leaves tags and formatting alone', async () => {
    const root = tree({
      'content/ja/story/paying.mdx': goodMdx
        .replace('  - プロダクト キー', '  - プロダクトキー')
        .replace('ライセンスは契約によって与えられます', 'ライセンスは契約から生まれます')
        .replace('title="当時と今"', 'title="わかること"'),
      'content/ja/messages/story.json': goodJson.replace('ボリューム ライセンス', 'ボリュームライセンス'),
      'content/errors/codes.json': goodErrors.replace('プロダクト キー', 'プロダクトキー'),
    });
    const fixed = await run(root, '--fix');
    expect(fixed.out).toContain('0 problem(s)');
    expect(fixed.status).toBe(0);
    const mdx = readFileSync(path.join(root, 'content/ja/story/paying.mdx'), 'utf8');
    expect(mdx).toBe(
      goodMdx.replace('title="当時と今"', 'title="分かること"'),
    );
    expect(readFileSync(path.join(root, 'content/ja/messages/story.json'), 'utf8')).toBe(goodJson);
    expect(readFileSync(path.join(root, 'content/errors/codes.json'), 'utf8')).toBe(goodErrors);
    expect((await run(root)).status).toBe(0);
  });
});
