import type { TFunction } from 'i18next';
import type { Repair } from '@/lib/pipeline/types';
import { partTitleClass } from '../ui/part-title';

/** Every repair of the official text, listed; clause-level ones link to their clause. */
export function EditorialNotes({ repairs, t }: { repairs: Repair[]; t: TFunction }) {
  if (repairs.length === 0) return null;
  return (
    <section id="editorial-notes" aria-labelledby="editorial-notes-title" className="text-sm">
      <h2 id="editorial-notes-title" className={partTitleClass}>
        {t('notes.title')} ({repairs.length})
      </h2>
      <p>{t('notes.intro')}</p>
      <ul className="max-h-80 overflow-auto pl-5 text-[0.85rem]">
        {repairs.map((repair, i) => (
          <li key={i}>
            <strong>{t(`notes.kind.${repair.kind}`)}</strong>{' '}
            {repair.clause ? (
              <a href={`#clause-${repair.clause}`} className="underline underline-offset-2">
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
    </section>
  );
}
