import type { CardCourts, CardFact, EntityCard } from '../regions/entity-card';
import type { CardRow, CardValue } from './types';

/**
 * Two regions' entity cards line by line: who contracts, its registration and address, the law,
 * the courts, where notices go, law and courts under a condition, and when the region applies.
 * A line differs when its words (either language), jurisdiction or condition differ.
 */
export function cardRows(a: EntityCard, b: EntityCard): CardRow[] {
  const line = (field: CardRow['field'], pick: (card: EntityCard) => CardValue | null): CardRow => {
    const left = pick(a);
    const right = pick(b);
    return { field, a: left, b: right, differs: !sameValue(left, right) };
  };
  const conditional = (card: EntityCard, which: 'law' | 'courts', i: number): CardValue | null => {
    const terms = card.conditional[i];
    if (!terms) return null;
    return { ...value(terms[which])!, item: terms.item, condition: terms.condition };
  };
  return [
    line('party', (card) => value(card.entity.name)),
    line('registration', (card) => value(card.entity.registration)),
    line('address', (card) => value(card.entity.address)),
    line('law', (card) => value(card.law)),
    line('courts', (card) => value(card.courts)),
    line('notice', (card) => value(card.notice)),
    ...Array.from({ length: Math.max(a.conditional.length, b.conditional.length) }, (_, i) => [
      line('conditional-law', (card) => conditional(card, 'law', i)),
      line('conditional-courts', (card) => conditional(card, 'courts', i)),
    ]).flat(),
    line('who', (card) => value(card.who)),
  ];
}

function value(fact: CardFact | CardCourts | null): CardValue | null {
  if (!fact) return null;
  const { en, zh, source } = fact;
  return 'jurisdiction' in fact ? { en, zh, source, jurisdiction: fact.jurisdiction } : { en, zh, source };
}

function sameValue(a: CardValue | null, b: CardValue | null): boolean {
  if (!a || !b) return a === b;
  return (
    a.en === b.en &&
    a.zh === b.zh &&
    a.jurisdiction === b.jurisdiction &&
    a.condition?.en === b.condition?.en &&
    a.condition?.zh === b.condition?.zh
  );
}
