import { agreementRegions, regionOf } from './load-regions';
import { notStated, type Bilingual, type Courts, type Fact, type RegionsFile } from './schema';

/**
 * The entity card of one agreement in one region: the contracting party, its registration and
 * address, governing law, courts and notice address, each as words quoted from the agreements
 * with the clauses (of this agreement) they come from. An agreement's own `terms` in
 * regions.yaml override the region's defaults ("the court where the defendant is located" in the
 * support plan). A fact the agreements do not give is null: the page says "not stated".
 */

export interface CardFact extends Bilingual {
  /** Clause refs in this agreement that the words are quoted from: ["13.9"]. */
  source: string[];
}

export interface CardCourts extends CardFact {
  jurisdiction: 'exclusive' | 'non-exclusive' | 'not-stated';
}

export interface ConditionalTerms {
  /** The addendum item that makes the change, "au-addendum.6", and when it applies. */
  item: string;
  condition: Bilingual;
  law: CardFact;
  courts: CardCourts;
}

export interface EntityCard {
  region: string;
  name: Bilingual;
  /** Who contracts in this region, in the agreement's words ("your billing address is …"). */
  who: CardFact | null;
  entity: { name: CardFact; registration: CardFact | null; address: CardFact | null };
  law: CardFact | null;
  courts: CardCourts | null;
  notice: CardFact | null;
  conditional: ConditionalTerms[];
}

export function entityCard(slug: string, key: string, data: RegionsFile): EntityCard | null {
  const region = regionOf(key, data);
  const entry = agreementRegions(slug, data);
  if (!region || !entry?.regions.includes(key)) return null;
  const own = entry.terms?.[key] ?? {};
  const fact = (value: Fact) => cardFact(slug, value);
  const conditional = (region.conditional ?? []).flatMap((terms) => {
    const effect = entry.effects?.find(
      (e) => e.item === terms.item && e.region === key && e.kind === 'conditional-replace',
    );
    if (!effect?.condition) return [];
    return [
      {
        item: terms.item,
        condition: effect.condition,
        law: fact(terms.law)!,
        courts: courts(slug, terms.courts)!,
      },
    ];
  });
  return {
    region: key,
    name: region.name,
    who: fact(region.who),
    entity: {
      name: fact(region.entity.name)!,
      registration: fact(region.entity.registration),
      address: fact(region.entity.address),
    },
    law: fact(own.law ?? region.law),
    courts: courts(slug, own.courts ?? region.courts),
    notice: fact(own.notice ?? region.notice),
    conditional,
  };
}

function cardFact(slug: string, value: Fact): CardFact | null {
  if (value === notStated) return null;
  const prefix = `${slug}#`;
  const source = value.source.filter((s) => s.startsWith(prefix)).map((s) => s.slice(prefix.length));
  return { en: value.en, zh: value.zh, source };
}

function courts(slug: string, value: Courts): CardCourts | null {
  if (value === notStated) return null;
  return { ...cardFact(slug, value)!, jurisdiction: value.jurisdiction };
}
