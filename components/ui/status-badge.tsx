import type { ReactNode } from 'react';
import type { PageText } from '@/lib/page/types';

type TextStatus = PageText['status'];

const colour: Record<TextStatus | 'missing', string> = {
  official: 'text-official',
  'reference-translation': 'text-reference',
  missing: 'text-muted',
};

/** A small outlined label in the colour of a text's status: official, reference translation, missing. */
export function StatusBadge({ status, children }: { status: TextStatus | 'missing'; children: ReactNode }) {
  return (
    <span
      className={`status-badge status-${status} inline-block rounded border border-current px-[0.4rem] text-[0.75rem] font-semibold ${colour[status]}`}
    >
      {children}
    </span>
  );
}
