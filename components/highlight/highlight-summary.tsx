import type { TFunction } from 'i18next';
import type { Tag } from '@/lib/highlights/types';
import { partTitleClass } from '../ui/part-title';

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
    <section id="highlighted-clauses" aria-labelledby="highlighted-clauses-title">
      <h2 id="highlighted-clauses-title" className={partTitleClass}>
        {t('highlight.summary')}
      </h2>
      <div className="grid gap-x-8 gap-y-2 md:grid-cols-2">
        {(['liability', 'deletion'] as const).map((tag) => {
          const tagged = entries.filter((e) => e.tags.includes(tag));
          return (
            <section key={tag} className={`summary-${tag}`} aria-labelledby={`summary-${tag}-title`}>
              <h3 id={`summary-${tag}-title`} className="my-1 text-sm font-bold">
                {t(`highlight.${tag}`)} ({tagged.length})
              </h3>
              <ol className="m-0 pl-5 text-sm">
                {tagged.map((entry) => (
                  <li key={entry.id}>
                    <a href={`#${entry.id}`} className="underline">
                      {entry.label}
                    </a>{' '}
                    <span lang={entry.lang}>{entry.start}</span>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </section>
  );
}
