import type { TFunction } from 'i18next';
import type { Repair } from '@/lib/pipeline/types';

/** Every repair of the official text, listed; clause-level ones link to their clause. */
export function EditorialNotes({ repairs, t }: { repairs: Repair[]; t: TFunction }) {
  if (repairs.length === 0) return null;
  return (
    <section id="editorial-notes" aria-labelledby="editorial-notes-title" className="editorial-notes text-sm">
      <h2 id="editorial-notes-title" className="part-title">
        {t('notes.title')} ({repairs.length})
      </h2>
      <p>{t('notes.intro')}</p>
      <ul className="pl-5">
        {repairs.map((repair, i) => (
          <li key={i}>
            <strong>{t(`notes.kind.${repair.kind}`)}</strong>{' '}
            {repair.clause ? (
              <a href={`#clause-${repair.clause}`}>{repair.clause}</a>
            ) : (
              <span>{t('notes.document')}</span>
            )}
            {': '}
            <span lang="en">{repair.note}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
