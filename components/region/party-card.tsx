import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { PartyCard as Card, PartyFact } from '@/lib/regions/party';

/**
 * For an agreement outside the billing-address regions: the one party every customer contracts
 * with, the law, courts and notice address, in the agreement's own words (in the interface
 * language where the agreement has it); or, when not yet researched, a plain statement of that.
 */
export function PartyCard({ party, locale, t }: { party: Card | null; locale: Locale; t: TFunction }) {
  if (!party) {
    return (
      <section className="entity-card" aria-labelledby="entity-card-title">
        <h2 id="entity-card-title">{t('region.partyCard')}</h2>
        <p className="not-stated">{t('region.notResearched')}</p>
      </section>
    );
  }
  const fact = (value: PartyFact | null) => {
    const language = value?.[locale] ? locale : value?.en ? 'en' : 'zh';
    return value ? (
      <>
        <span lang={htmlLang(language)}>{value[language]}</span>
        <span className="fact-source"> ({t('region.source', { clauses: value.source.join(', ') })})</span>
      </>
    ) : (
      <span className="not-stated">{t('region.notStated')}</span>
    );
  };
  return (
    <section className="entity-card" aria-labelledby="entity-card-title">
      <h2 id="entity-card-title">{t('region.partyCard')}</h2>
      <p>{t('region.partyIntro')}</p>
      <dl>
        {(
          [
            ['region.party', party.party],
            ['region.law', party.law],
            ['region.courts', party.courts],
            ['region.notice', party.notice],
          ] as const
        ).map(([term, value]) => (
          <div key={term}>
            <dt>{t(term)}</dt>
            <dd>{fact(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
