/** A content problem, always naming the file and, where it applies, the field. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | null,
    problem: string,
  ) {
    super(`${file}${field ? ` → ${field}` : ''}: ${problem}`);
    this.name = 'ContentError';
  }
}
