import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { PartyCard as Card, PartyFact } from '@/lib/regions/party';
import { cardClass, cardTitleClass, Fact, factNoteClass, factsClass } from './entity-card';

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
  const fact = (value: PartyFact | null) => {
    const language = value?.[locale] ? locale : value?.en ? 'en' : 'zh';
    return value ? (
      <>
        <span lang={htmlLang(language)}>{value[language]}</span>
        <span className={factNoteClass}> ({t('region.source', { clauses: value.source.join(', ') })})</span>
      </>
    ) : (
      <span className={factNoteClass}>{t('region.notStated')}</span>
    );
  };
  return (
    <section className={cardClass} aria-labelledby="entity-card-title">
      <h2 id="entity-card-title" className={cardTitleClass}>
        {t('region.partyCard')}
      </h2>
      <p>{t('region.partyIntro')}</p>
      <dl className={factsClass}>
        {(
          [
            ['region.party', party.party],
            ['region.law', party.law],
            ['region.courts', party.courts],
            ['region.notice', party.notice],
          ] as const
        ).map(([term, value]) => (
          <Fact key={term} term={t(term)}>
            {fact(value)}
          </Fact>
        ))}
      </dl>
    </section>
  );
}
