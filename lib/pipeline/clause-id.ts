/** "11.5" → "clause-11.5"; "eu-addendum.7" → "clause-eu-addendum.7". */
export function blockId(ref: string): string {
  return `clause-${ref}`;
}

/** "clause-11.5" → "11.5"; anything else → null. */
export function refFromId(id: string): string | null {
  return id.startsWith('clause-') ? id.slice('clause-'.length) : null;
}
