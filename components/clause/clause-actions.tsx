import type { TFunction } from 'i18next';

/**
 * Permalink, copy-link and cite for one clause. Plain markup: the permalink works without
 * JavaScript; the two buttons are wired by the single ClipboardController island on the page.
 */
export function ClauseActions({
  id,
  label,
  citation,
  t,
}: {
  id: string;
  label: string;
  citation: string;
  t: TFunction;
}) {
  return (
    <div className="clause-actions">
      <a href={`#${id}`} aria-label={t('clause.permalink', { clause: label })}>
        ¶
      </a>
      <button
        type="button"
        className="needs-js"
        data-copy="link"
        data-target={id}
        data-done={t('clause.copied')}
        aria-label={t('clause.copyLinkTo', { clause: label })}
      >
        {t('clause.copyLink')}
      </button>
      <button
        type="button"
        className="needs-js"
        data-copy="text"
        data-text={citation}
        data-done={t('clause.copied')}
        aria-label={t('clause.citeClause', { clause: label })}
      >
        {t('clause.cite')}
      </button>
    </div>
  );
}
