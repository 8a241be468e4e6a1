/** A problem in a content file, located so that an editor can go straight to it. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'ContentError';
  }
}

/**
 * Several problems in one file, found in one pass: parsing goes on after a problem wherever the
 * rest of the file can still be read, so an editor sees every error at once. Reads as its first
 * error where a single one is expected.
 */
export class ContentErrors extends ContentError {
  constructor(readonly errors: ContentError[]) {
    const [first] = errors;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more error(s) in this file)` : '';
    super(first.file, first.line, first.problem + more);
    this.name = 'ContentErrors';
  }
}

/** The single errors a thrown error stands for. */
export function contentErrorsOf(error: ContentError): ContentError[] {
  return error instanceof ContentErrors ? error.errors : [error];
}
