import { describe, expect, it } from 'vitest';
import { documentTitle } from './metadata';

const len = (s: string) => [...s].length;

describe('documentTitle', () => {
  it('adds the site name when it fits in 60 characters', () => {
    expect(documentTitle('Glossary', 'The License Lesson')).toBe('Glossary | The License Lesson');
  });
  it('shortens a long English title at a space, keeps the site name, never cuts a word', () => {
    const title = 'Step 4: The second key fails with 0xC004C020, and the Multiple Activation Key is over its limit';
    const out = documentTitle(title, 'The License Lesson');
    expect(out).toBe('Step 4: The second key fails with… | The License Lesson');
    expect(len(out)).toBeLessThanOrEqual(60);
  });
  it('keeps the site name at the start of the home title and cuts the rest at a space', () => {
    expect(documentTitle('The License Lesson — how Windows activation really works, told through one resold key', null)).toBe('The License Lesson — how Windows activation really works…');
  });
  it('shortens Japanese at a phrase boundary, never between a number and its counter', () => {
    const title = 'ステップ 8：転売されたボリューム ライセンスのキーはライセンスではない、その理由を契約と条件から確かめる';
    const out = documentTitle(title, 'ライセンスの教室');
    expect(out.endsWith('… | ライセンスの教室')).toBe(true);
    expect(len(out)).toBeLessThanOrEqual(60);
    const head = out.slice(0, out.indexOf('…'));
    expect(title.startsWith(head)).toBe(true);
    // The cut falls where a phrase ends (checked by hand: 「契約と」 | 「条件から」).
    expect(out).toBe('ステップ 8：転売されたボリューム ライセンスのキーはライセンスではない、その理由を契約と… | ライセンスの教室');
  });
  it('cuts a title with no boundary at all hard, within the limit', () => {
    expect(len(documentTitle('y'.repeat(90), null))).toBe(60);
  });
});
