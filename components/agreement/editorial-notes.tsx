import type { TFunction } from 'i18next';
import type { Repair } from '@/lib/pipeline/types';
import { partTitleClass } from '../ui/part-title';

/**
 * Every repair of the official text, listed (the review report); clause-level ones link to their
 * clause. With `report` (the agreement page): the count and a link to the list.
 */
export function EditorialNotes({
  repairs,
  report,
  newTab = false,
  clauseHref = (ref) => `#clause-${ref}`,
  t,
}: {
  repairs: Repair[];
  report?: string;
  /** In an embed: the report opens in a new tab, out of the frame. */
  newTab?: boolean;
  clauseHref?: (ref: string) => string;
  t: TFunction;
}) {
  if (repairs.length === 0) return null;
  return (
    <section id="editorial-notes" aria-labelledby="editorial-notes-title" className="text-sm">
      <h2 id="editorial-notes-title" className={partTitleClass}>
        {`${t('notes.title')} (${repairs.length})`}
      </h2>
      <p>{t('notes.intro')}</p>
      {report ? (
        <p>
          {t('notes.summary', { count: repairs.length })}{' '}
          <a
            href={report}
            className="underline underline-offset-2"
            data-review-report
            {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
          >
            {t('notes.reportLink')}
          </a>
        </p>
      ) : (
        <ul className="pl-5 text-[0.85rem]">
          {repairs.map((repair, i) => (
            <li key={i}>
              <strong>{t(`notes.kind.${repair.kind}`)}</strong>{' '}
              {repair.clause ? (
                <a href={clauseHref(repair.clause)} className="underline underline-offset-2">
                  {repair.clause}
                </a>
              ) : (
                <span>{t('notes.document')}</span>
              )}
              {': '}
              <span lang="en">{repair.note}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
