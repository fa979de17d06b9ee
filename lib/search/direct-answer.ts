import { lookupIn, slugOf, type CodeIndex } from '@/lib/errors/code-parse';

/**
 * The error code a search query holds, in any spelling the error lookup accepts (hex with or
 * without 0x, decimal, full-width, inside a sentence), as the slug of its page; null otherwise.
 */
export function codeInQuery(index: CodeIndex, query: string): { hex: string; slug: string } | null {
  const result = lookupIn(index, query);
  if (result.kind !== 'found') return null;
  return { hex: result.hex, slug: slugOf(result.hex) };
}
