import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';

/**
 * A link out of the frame: it opens in a new tab (the console stays where it is), says so to a
 * screen reader, and shows it with an arrow out of a box (SVG, no font needed).
 */
export function NewTabLink({ href, children, t }: { href: string; children: ReactNode; t: TFunction }) {
  return (
    <a href={href} target="_blank" rel="noopener" className="font-semibold underline underline-offset-2">
      {children}
      <svg
        className="ml-1 inline-block size-[0.9em] align-[-0.1em]"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 16 16"
      >
        <path
          d="M9 2.5h4.5V7M13.5 2.5 7 9M11.5 9.5v4h-9v-9h4"
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className="sr-only">{t('embed.newTab')}</span>
    </a>
  );
}
