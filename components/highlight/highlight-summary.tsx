import type { TFunction } from 'i18next';
import type { Tag } from '@/lib/highlights/types';

export interface SummaryEntry {
  id: string;
  tags: Tag[];
  label: string;
  /** The clause's first words in the interface language. */
  start: string;
  lang: string;
}

/** Every highlighted clause per category, number and first words, each a link to the clause. */
export function HighlightSummary({ entries, t }: { entries: SummaryEntry[]; t: TFunction }) {
  return (
    <details className="highlight-summary">
      <summary>{t('highlight.summary')}</summary>
      <div className="summary-columns">
        {(['liability', 'deletion'] as const).map((tag) => {
          const tagged = entries.filter((e) => e.tags.includes(tag));
          return (
            <section key={tag} className={`summary-${tag}`} aria-labelledby={`summary-${tag}-title`}>
              <h2 id={`summary-${tag}-title`}>
                {t(`highlight.${tag}`)} ({tagged.length})
              </h2>
              <ol>
                {tagged.map((entry) => (
                  <li key={entry.id}>
                    <a href={`#${entry.id}`}>{entry.label}</a> <span lang={entry.lang}>{entry.start}</span>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </details>
  );
}
