import type { TFunction } from 'i18next';

/**
 * The clause's permalink, which works without JavaScript. Copy-link and cite buttons are added
 * to this box by the page's single ClipboardController island, from `data-label` and the part's
 * `data-citation`: they only work with JavaScript, and a long agreement would otherwise carry
 * hundreds of them twice (in the HTML and in the React payload).
 */
export function ClauseActions({ id, label, t }: { id: string; label: string; t: TFunction }) {
  // One line of 24 px targets in the row's right-hand column (on phones, at the right of the
  // row's first line), so that the island's buttons move nothing when they arrive. One class,
  // styled in globals.css: the box is repeated on every row.
  return (
    <div className="clause-actions" data-label={label}>
      <a href={`#${id}`} aria-label={t('clause.permalink', { clause: label })}>
        ¶
      </a>
    </div>
  );
}
