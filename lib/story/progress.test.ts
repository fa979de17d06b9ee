import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearChoice, markRead, nextUnread, parseProgress, serialiseProgress, setChoice } from './progress';

const slugs = ['the-offer', 'paying', 'first-key'];

describe('story progress', () => {
  it('round-trips through storage', () => {
    const p = setChoice(markRead(markRead(parseProgress(null), 'the-offer'), 'paying'), 'the-offer', 1);
    expect(parseProgress(serialiseProgress(p), slugs)).toEqual({ read: ['the-offer', 'paying'], choices: { 'the-offer': 1 } });
  });

  it.each([
    ['not JSON', '{oops'],
    ['an array', '[1,2,3]'],
    ['a number', '42'],
    ['null', 'null'],
    ['wrong types', '{"read":"the-offer","choices":[1]}'],
    ['hostile keys', '{"read":["<script>"],"choices":{"__proto__":1,"the-offer":-3}}'],
  ])('ignores a corrupted value: %s', (_, raw) => {
    const p = parseProgress(raw, slugs);
    expect(p.read.every((s) => slugs.includes(s))).toBe(true);
    expect(Object.keys(p.choices).every((s) => slugs.includes(s))).toBe(true);
  });

  it('forgets one choice and keeps the others and what was read', () => {
    const p = { read: ['the-offer', 'paying'], choices: { 'the-offer': 2, paying: 0 } };
    expect(clearChoice(p, 'the-offer')).toEqual({ read: ['the-offer', 'paying'], choices: { paying: 0 } });
    expect(clearChoice(p, 'first-key')).toBe(p);
    expect(p.choices).toEqual({ 'the-offer': 2, paying: 0 });
  });

  it('drops steps the site does not have', () => {
    expect(parseProgress('{"read":["the-offer","gone-step"]}', slugs).read).toEqual(['the-offer']);
  });

  it('finds the first unread step', () => {
    expect(nextUnread(parseProgress('{"read":["the-offer"]}'), slugs)).toBe('paying');
    expect(nextUnread(parseProgress(JSON.stringify({ read: slugs })), slugs)).toBeNull();
  });

  it('never throws on any input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (raw) => {
        const p = parseProgress(raw, slugs);
        expect(Array.isArray(p.read)).toBe(true);
      }),
    );
  });
});
