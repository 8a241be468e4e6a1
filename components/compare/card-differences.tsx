import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { CardRow, CardValue, Comparison } from '@/lib/compare/types';
import { itemName, sideName } from './labels';

const fieldKeys: Record<CardRow['field'], string> = {
  party: 'region.party',
  registration: 'region.registration',
  address: 'region.address',
  law: 'region.law',
  courts: 'region.courts',
  notice: 'region.notice',
  'conditional-law': 'compare.fieldConditionalLaw',
  'conditional-courts': 'compare.fieldConditionalCourts',
  who: 'region.who',
};

// A table on wide screens; on a phone each line is a block (roles kept, as display changes them).
const block = 'max-sm:block';

/** The two regions' entity cards line by line, each line saying whether it differs. */
export function CardDifferences({
  comparison,
  locale,
  t,
}: {
  comparison: Comparison;
  locale: Locale;
  t: TFunction;
}) {
  const a = sideName(comparison.a, locale);
  const b = sideName(comparison.b, locale);
  const addenda = (parts: string[], side: 'a' | 'b') =>
    parts.length
      ? parts
          .map((part) => {
            const titles = comparison[side].parts[part] ?? {};
            return titles[locale] ?? titles[comparison[side].official] ?? part;
          })
          .join(t('compare.separator'))
      : t('region.noAddenda');
  return (
    <section aria-labelledby="compare-card-title" className="mt-4 text-sm">
      <h2 id="compare-card-title" className="mb-1 text-lg font-semibold">
        {t('compare.cardTitle')}
      </h2>
      <table role="table" className={`w-full border-collapse ${block}`} data-testid="compare-card">
        <thead role="rowgroup" className="max-sm:sr-only">
          <tr role="row">
            <th role="columnheader" scope="col" className="border-b border-line p-1 text-left">
              {t('compare.field')}
            </th>
            <th role="columnheader" scope="col" className="border-b border-line p-1 text-left">
              {a}
            </th>
            <th role="columnheader" scope="col" className="border-b border-line p-1 text-left">
              {b}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className={block}>
          {comparison.card!.map((row, i) => (
            <Line
              key={`${row.field}-${i}`}
              label={t(fieldKeys[row.field])}
              differs={row.differs}
              values={[row.a, row.b].map((value) => (
                <Value
                  key={value ? 'v' : 'none'}
                  value={value}
                  // No conditional terms is "none", not a fact the agreement leaves unsaid.
                  absent={t(row.field.startsWith('conditional') ? 'region.noAddenda' : 'region.notStated')}
                  comparison={comparison}
                  locale={locale}
                  t={t}
                />
              ))}
              names={[a, b]}
              t={t}
            />
          ))}
          <Line
            label={t('region.addenda')}
            differs={comparison.addenda!.a.join() !== comparison.addenda!.b.join()}
            values={[addenda(comparison.addenda!.a, 'a'), addenda(comparison.addenda!.b, 'b')]}
            names={[a, b]}
            t={t}
          />
        </tbody>
      </table>
    </section>
  );
}

function Line({
  label,
  differs,
  values,
  names,
  t,
}: {
  label: string;
  differs: boolean;
  values: ReactNode[];
  names: string[];
  t: TFunction;
}) {
  return (
    <tr role="row" className={`${block} border-b border-line max-sm:py-1`} data-differs={differs}>
      <th role="rowheader" scope="row" className={`${block} p-1 text-left align-top font-semibold sm:w-48`}>
        {label}{' '}
        <span
          className={`inline-block rounded border border-current px-1 text-xs font-normal ${differs ? 'text-reference' : 'text-muted'}`}
        >
          {differs ? t('compare.differs') : t('compare.same')}
        </span>
      </th>
      {values.map((value, i) => (
        <td key={i} role="cell" className={`${block} p-1 align-top ${differs ? '' : 'text-muted'}`}>
          <span className="font-semibold sm:hidden">{names[i]}: </span>
          {value}
        </td>
      ))}
    </tr>
  );
}

function Value({
  value,
  absent,
  comparison,
  locale,
  t,
}: {
  value: CardValue | null;
  absent: string;
  comparison: Comparison;
  locale: Locale;
  t: TFunction;
}) {
  if (!value) return <span className="text-muted">{absent}</span>;
  const words = value.jurisdiction
    ? `${value[locale]} — ${t(`region.jurisdiction.${value.jurisdiction}`)}`
    : value[locale];
  return (
    <span lang={htmlLang(locale)}>
      {value.condition
        ? t('compare.conditionalValue', { condition: value.condition[locale], value: words })
        : words}
      {value.item && <> ({itemName(value.item, comparison.a, locale, t)})</>}
      {value.source.length > 0 && (
        <span className="text-xs text-muted">
          {' '}
          ({t('region.source', { clauses: value.source.join(', ') })})
        </span>
      )}
    </span>
  );
}
