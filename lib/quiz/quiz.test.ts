import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswers, score, type QuizQuestion } from './quiz';

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
  });
});
