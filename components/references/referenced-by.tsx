import type { TFunction } from 'i18next';

/** Under a cited clause: links back to every clause that cites it, in either language. */
export function ReferencedBy({ citing, t }: { citing: { ref: string; label: string }[]; t: TFunction }) {
  if (citing.length === 0) return null;
  return (
    <p className="referenced-by col-span-full mt-[0.15rem] text-[0.8rem] text-muted">
      <span>{t('references.referencedBy')}</span>{' '}
      {citing.map(({ ref, label }, i) => (
        <span key={ref}>
          {i > 0 && ', '}
          <a href={`#clause-${ref}`} className="underline">
            {label}
          </a>
        </span>
      ))}
    </p>
  );
}
