import type { ReactNode } from 'react';
import type { Tag } from '@/lib/highlights/types';

/**
 * The category icons, drawn as SVG so that they never depend on an emoji font (a Debian
 * Chromium with only Noto CJK shows an empty box for 🗑). Defined once per page in
 * `HighlightIconSprite`, used by reference everywhere else, in print as on screen.
 */
// Icon and chip are on every highlighted row: one class each, styled in globals.css (the size
// of the symbol's viewBox comes from the symbol).
export function HighlightIcon({ tag }: { tag: Tag }) {
  return (
    <svg className="icon" aria-hidden="true">
      <use href={`#icon-${tag}`} />
    </svg>
  );
}

const chipColour: Record<Tag, string> = { liability: 'bg-liability', deletion: 'bg-deletion' };

/** A category's label: white icon (and words) on the category's colour. */
export function HighlightChip({ tag, children }: { tag: Tag; children: ReactNode }) {
  return <span className={`chip ${chipColour[tag]}`}>{children}</span>;
}

// Both icons are drawn as lines of one weight, in the text colour.
const stroke = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.3,
  strokeLinejoin: 'round',
  strokeLinecap: 'round',
} as const;

export function HighlightIconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" style={{ display: 'none' }}>
      {/* Scales: a beam on a post, two pans. */}
      <symbol id="icon-liability" viewBox="0 0 16 16">
        <path d="M8 1.5v12M4 14.5h8M2.5 4h11M4.5 4 2 9.5h5L4.5 4Zm7 0L9 9.5h5L11.5 4Z" {...stroke} />
      </symbol>
      {/* A waste bin: lid, handle, body with two ribs. */}
      <symbol id="icon-deletion" viewBox="0 0 16 16">
        <path d="M2.5 4h11M6 4V2.5h4V4M4 4l.8 9.5h6.4L12 4M6.8 6.5v5M9.2 6.5v5" {...stroke} />
      </symbol>
    </svg>
  );
}
