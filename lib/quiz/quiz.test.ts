import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer, emptyAttempt, parseAnswers, parseAttempt, score, type QuizQuestion } from './quiz';

const questions: QuizQuestion[] = [
  { id: 'a', lesson: 'l', question: 'A?', options: ['x', 'y', 'z'], answer: 1, explanation: '' },
  { id: 'b', lesson: 'l', question: 'B?', options: ['x', 'y'], answer: 0, explanation: '' },
];

describe('quiz', () => {
  it('scores right, wrong and unanswered questions', () => {
    expect(score(questions, { a: 1 })).toEqual({ correct: 1, answered: 1, total: 2 });
    expect(score(questions, { a: 0, b: 0 })).toEqual({ correct: 1, answered: 2, total: 2 });
    expect(score(questions, { a: 1, b: 0 })).toEqual({ correct: 2, answered: 2, total: 2 });
  });
  it('keeps only valid stored answers', () => {
    expect(parseAnswers('{"a":2,"b":5,"zzz":1}', questions)).toEqual({ a: 2 });
    expect(parseAnswers('not json', questions)).toEqual({});
    expect(parseAnswers('[1,2]', questions)).toEqual({});
    expect(parseAnswers('{"a":-1,"b":"0"}', questions)).toEqual({});
  });
  it('never throws on anything stored', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (raw) => typeof parseAnswers(raw, questions) === 'object'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything()), (raw) => {
        const a = parseAttempt(raw, questions);
        return typeof a.first === 'object' && typeof a.current === 'object';
      }),
    );
  });
});

describe('a fair attempt', () => {
  it('scores the first answer: a wrong answer corrected afterwards still counts as wrong', () => {
    // a's right option is 1 (set by hand above); 0 is wrong.
    let attempt = answer(emptyAttempt, 'a', 0);
    attempt = answer(attempt, 'a', 1);
    expect(attempt.first).toEqual({ a: 0 });
    expect(attempt.current).toEqual({ a: 1 });
    expect(score(questions, attempt.first)).toEqual({ correct: 0, answered: 1, total: 2 });
  });
  it('a right first answer stays right when changed later', () => {
    const attempt = answer(answer(emptyAttempt, 'b', 0), 'b', 1);
    expect(score(questions, attempt.first).correct).toBe(1);
  });
  it('does not change the attempt it is given', () => {
    const before = { first: { a: 2 }, current: { a: 2 } };
    answer(before, 'b', 1);
    expect(before).toEqual({ first: { a: 2 }, current: { a: 2 } });
  });
  it('reads answers stored by the earlier quiz as first answers', () => {
    expect(parseAttempt('{"a":2,"b":1}', questions)).toEqual({ first: { a: 2, b: 1 }, current: { a: 2, b: 1 } });
  });
  it('reads a stored attempt and drops what cannot be valid', () => {
    expect(parseAttempt('{"first":{"a":0},"current":{"a":1,"b":1}}', questions)).toEqual({ first: { a: 0 }, current: { a: 1 } });
    expect(parseAttempt('{"first":{"a":9},"current":{"a":1}}', questions)).toEqual(emptyAttempt);
    expect(parseAttempt('{"first":"x"}', questions)).toEqual(emptyAttempt);
    expect(parseAttempt(null, questions)).toEqual(emptyAttempt);
  });
});
