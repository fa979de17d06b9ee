import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMessageParity, placeholders } from './message-parity';

function tree(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'messages-'));
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return root;
}

describe('ja/en message parity', () => {
  it('passes on the real messages and counts their keys', () => {
    expect(checkMessageParity(join(process.cwd(), 'content'))).toBeGreaterThan(300);
  });

  it('accepts matching files with different words', () => {
    const root = tree({ 'ja/messages/a.json': { x: { y: '{n} 件' } }, 'en/messages/a.json': { x: { y: '{n} results' } } });
    expect(checkMessageParity(root)).toBe(1);
  });

  it('names a file that exists in one language only', () => {
    const root = tree({ 'ja/messages/a.json': {}, 'en/messages/a.json': {}, 'en/messages/b.json': {} });
    expect(() => checkMessageParity(root)).toThrow('content/en/messages/b.json: exists in "en" only');
  });

  it('names a key missing on either side', () => {
    const jaOnly = tree({ 'ja/messages/a.json': { x: { y: 'あ' } }, 'en/messages/a.json': { x: {} } });
    expect(() => checkMessageParity(jaOnly)).toThrow('content/en/messages/a.json → x.y: missing');
    const enOnly = tree({ 'ja/messages/a.json': { x: {} }, 'en/messages/a.json': { x: { z: 'z' } } });
    expect(() => checkMessageParity(enOnly)).toThrow('content/ja/messages/a.json → x.z: missing');
  });

  it('names a string whose placeholders differ', () => {
    const root = tree({ 'ja/messages/a.json': { q: '「{query}」の結果' }, 'en/messages/a.json': { q: 'Results for {q}' } });
    expect(() => checkMessageParity(root)).toThrow(/en\/messages\/a\.json → q: placeholders q differ from "ja": query/);
  });

  it('names a file that is not JSON', () => {
    const root = tree({ 'ja/messages/a.json': '{ "x": ', 'en/messages/a.json': {} });
    expect(() => checkMessageParity(root)).toThrow(/content\/ja\/messages\/a\.json: not valid JSON/);
  });

  it('reads ICU arguments, not plural branches', () => {
    expect(placeholders('{count, plural, one {# key} other {# keys}} for {name}')).toBe('count,name');
    expect(placeholders('no slots')).toBe('');
  });
});
