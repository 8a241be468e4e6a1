/**
 * The one preview card of the page, hidden until islands/reference-preview.ts fills it with the
 * clause a hovered or focused reference points at.
 */
export function ReferencePreview() {
  return <div id="reference-preview" role="tooltip" className="reference-preview" hidden />;
}
