/**
 * The heading of a part and of each section after the text (highlighted clauses, timelines,
 * glossary, review, notes, downloads): one look for every `h2` that starts a block of the page.
 * The class name `part-title` stays for the print stylesheet (no page break after it).
 */
export const partTitleClass =
  'part-title mt-6 mb-2 scroll-mt-[calc(var(--toolbar-height)+0.75rem)] border-b border-line pb-1 text-[1.2rem] font-bold';
