/**
 * The one preview card of the page, hidden until islands/reference-preview.ts fills it with the
 * clause a hovered or focused reference points at.
 */
export function ReferencePreview() {
  // Its content is the island's: a label and a copy of the clause's text (hence `[&_…]`).
  return (
    <div
      id="reference-preview"
      role="tooltip"
      className="reference-preview fixed z-40 max-h-[min(24rem,60vh)] w-[min(32rem,calc(100vw-0.75rem))] overflow-auto overscroll-contain rounded-md border border-line bg-paper px-3 py-2 text-[0.875rem] shadow-[0_4px_16px_rgb(0_0_0/0.15)] [&_a]:underline [&_h3]:m-0 [&_h3]:text-[length:inherit]"
      hidden
    />
  );
}
