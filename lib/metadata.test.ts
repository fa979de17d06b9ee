import { describe, expect, it } from 'vitest';
import { documentTitle } from './metadata';

describe('documentTitle', () => {
  it('adds the site name when it fits in 60 characters', () => {
    expect(documentTitle('Glossary', 'The License Lesson')).toBe('Glossary | The License Lesson');
  });
  it('drops the site name, then shortens, past 60 characters', () => {
    const long = 'x'.repeat(50);
    expect(documentTitle(long, 'The License Lesson')).toBe(long);
    expect([...documentTitle('y'.repeat(90), null)]).toHaveLength(60);
  });
});
