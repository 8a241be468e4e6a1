import type { TFunction } from 'i18next';
import type { RegionChange } from '@/lib/regions/consolidate';

/** Every clause that reads differently here than in the default region, linked. */
export function RegionChanges({
  changes,
  label,
  t,
}: {
  changes: RegionChange[];
  label: (change: RegionChange) => string;
  t: TFunction;
}) {
  return (
    <details className="region-changes" open={changes.length > 0 && changes.length <= 12}>
      <summary className="cursor-pointer text-accent">
        {t('region.changes')} ({changes.length})
      </summary>
      {changes.length === 0 ? (
        <p>{t('region.noChanges')}</p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={change.id}>
              <a href={`#${change.id}`} className="underline">
                {label(change)}
              </a>{' '}
              — {t(`region.changeKind.${change.status}`)}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
