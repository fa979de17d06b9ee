import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDeck, keyAction, move, parseMessage, parseStep, stageSlides } from './deck';

describe('presenter deck', () => {
  it('reads ?step= and corrects bad values to the nearest slide', () => {
    expect(parseStep('3', 11)).toEqual({ step: 3, corrected: false });
    expect(parseStep(null, 11)).toEqual({ step: 1, corrected: false });
    expect(parseStep('0', 11)).toEqual({ step: 1, corrected: true });
    expect(parseStep('99', 11)).toEqual({ step: 11, corrected: true });
    expect(parseStep('-4', 11)).toEqual({ step: 1, corrected: true });
    expect(parseStep('<script>', 11)).toEqual({ step: 1, corrected: true });
    expect(parseStep('9'.repeat(400), 11).step).toBe(11);
  });
  it('maps the presenter keys', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map(keyAction)).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map(keyAction)).toEqual(['prev', 'prev']);
    expect([keyAction('Home'), keyAction('End'), keyAction('f'), keyAction('n'), keyAction('q'), keyAction('?')]).toEqual(['first', 'last', 'fullscreen', 'notes', 'qr', 'help']);
    expect(keyAction('x')).toBeNull();
  });
  it('moves within the deck', () => {
    expect(move(1, 'prev', 11)).toBe(1);
    expect(move(11, 'next', 11)).toBe(11);
    expect(move(5, 'first', 11)).toBe(1);
    expect(move(5, 'last', 11)).toBe(11);
  });
  it('accepts only well-formed messages', () => {
    expect(parseMessage({ type: 'goto', step: 4 }, 11)).toEqual({ type: 'goto', step: 4 });
    expect(parseMessage({ type: 'goto', step: 40 }, 11)).toBeNull();
    expect(parseMessage('goto', 11)).toBeNull();
    fc.assert(fc.property(fc.anything(), (x) => parseMessage(x, 11) === null || typeof parseMessage(x, 11) === 'object'));
    fc.assert(fc.property(fc.string(), (s) => { const r = parseStep(s, 11); return r.step >= 1 && r.step <= 11; }));
  });
  it('puts the students\' before page first and their after page last, around the story', () => {
    const student = { title: 'S', summary: '', keyPoints: [], notes: 'n' };
    const deck = buildDeck(
      [
        { slug: 'a', title: 'A', summary: 'sa', keyPoints: ['k'], notes: 'na' },
        { slug: 'b', title: 'B', summary: 'sb', keyPoints: [], question: 'Q?', notes: 'nb' },
      ],
      { before: student, after: student },
    );
    expect(deck.map((s) => s.path)).toEqual(['quiz/before', 'story/a', 'story/b', 'quiz/after']);
    expect(deck.map((s) => s.kind)).toEqual(['students', 'story', 'story', 'students']);
    expect(deck[2]).toMatchObject({ title: 'B', question: 'Q?', notes: 'nb' });
  });
  it('gives presenter mode every slide without its speaker notes', () => {
    const student = { title: 'S', summary: 'ss', keyPoints: ['p'], notes: 'secret-s' };
    const deck = buildDeck([{ slug: 'a', title: 'A', summary: 'sa', keyPoints: ['k'], question: 'Q?', notes: 'secret-a' }], { before: student, after: student });
    const stage = stageSlides(deck);
    expect(JSON.stringify(stage)).not.toContain('secret');
    expect(stage.map((s) => Object.keys(s).sort())).toEqual(deck.map((s) => Object.keys(s).filter((k) => k !== 'notes').sort()));
    expect(stage[1]).toEqual({ id: 'story-a', kind: 'story', title: 'A', summary: 'sa', keyPoints: ['k'], question: 'Q?', path: 'story/a' });
    expect(deck[1]!.notes).toBe('secret-a');
  });
});
