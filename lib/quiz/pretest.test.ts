import { describe, expect, it } from 'vitest';
import { withoutAnswers } from './pretest';

describe('withoutAnswers', () => {
  it('keeps the question and its options, and drops the answer and the explanation', () => {
    const asked = withoutAnswers([{ id: 'q', lesson: 'l', question: 'Q?', options: ['a', 'b'], answer: 1, explanation: 'Because b.' }]);
    expect(asked).toEqual([{ id: 'q', question: 'Q?', options: ['a', 'b'] }]);
    expect(JSON.stringify(asked)).not.toContain('Because');
  });
});
