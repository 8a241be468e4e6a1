import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import type { PartyCard as Card, PartyFact } from '@/lib/regions/party';
import { cardClass, cardTitleClass, Fact, factNoteClass, factsClass, SourcedFact } from './entity-card';

/**
 * For an agreement outside the billing-address regions: the one party every customer contracts
 * with, the law, courts and notice address, in the agreement's own words (in the interface
 * language where the agreement has it); or, when not yet researched, a plain statement of that.
 */
export function PartyCard({ party, locale, t }: { party: Card | null; locale: Locale; t: TFunction }) {
  if (!party) {
    return (
      <section className={cardClass} aria-labelledby="entity-card-title">
        <h2 id="entity-card-title" className={cardTitleClass}>
          {t('region.partyCard')}
        </h2>
        <p className={factNoteClass}>{t('region.notResearched')}</p>
      </section>
    );
  }
  // As on the entity card, a fact the agreement does not state is left out, not listed as missing.
  const facts = (
    [
      ['region.party', party.party],
      ['region.law', party.law],
      ['region.courts', party.courts],
      ['region.notice', party.notice],
    ] as const
  ).filter((entry): entry is [(typeof entry)[0], PartyFact] => entry[1] !== null);
  const language = (value: PartyFact) => (value[locale] ? locale : value.en ? 'en' : 'zh');
  return (
    <section className={cardClass} aria-labelledby="entity-card-title">
      <h2 id="entity-card-title" className={cardTitleClass}>
        {t('region.partyCard')}
      </h2>
      <p>{t('region.partyIntro')}</p>
      <dl className={factsClass}>
        {facts.map(([term, value]) => (
          <Fact key={term} term={t(term)}>
            <SourcedFact
              text={value[language(value)]!}
              language={language(value)}
              source={value.source}
              t={t}
            />
          </Fact>
        ))}
      </dl>
    </section>
  );
}
