import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';
import type { CardFact, EntityCard as Card } from '@/lib/regions/entity-card';
import { itemName, partTitle } from './region-labels';

/**
 * Who the customer contracts with in this region, which law governs, which courts decide and
 * where notices go — each in the agreement's own words, with the clauses they come from. A fact
 * the agreement does not state is left out rather than listed as missing.
 */
export function EntityCard({
  card,
  addenda,
  page,
  locale,
  t,
}: {
  card: Card;
  addenda: string[];
  /** For the addenda's part titles. */
  page: AgreementPage;
  locale: Locale;
  t: TFunction;
}) {
  // Only facts the agreement states are listed: a row is left out rather than marked missing.
  const fact = (value: CardFact, extra?: ReactNode) => (
    <SourcedFact text={value[locale]} language={locale} source={value.source} t={t}>
      {extra}
    </SourcedFact>
  );
  return (
    <section className={cardClass} aria-labelledby="entity-card-title">
      <h2 id="entity-card-title" className={cardTitleClass}>
        {t('region.card')}: {card.name[locale]}
      </h2>
      <dl className={factsClass}>
        {card.entity.name && <Fact term={t('region.party')}>{fact(card.entity.name)}</Fact>}
        {card.entity.registration && (
          <Fact term={t('region.registration')}>{fact(card.entity.registration)}</Fact>
        )}
        {card.entity.address && <Fact term={t('region.address')}>{fact(card.entity.address)}</Fact>}
        {card.law && <Fact term={t('region.law')}>{fact(card.law)}</Fact>}
        {card.courts && (
          <Fact term={t('region.courts')}>
            {fact(card.courts, <> — {t(`region.jurisdiction.${card.courts.jurisdiction}`)}</>)}
          </Fact>
        )}
        {card.notice && <Fact term={t('region.notice')}>{fact(card.notice)}</Fact>}
        {card.conditional.map((terms) => (
          <Fact key={terms.item} term={t('region.conditionalTerms')}>
            {t('region.conditional', {
              condition: terms.condition[locale],
              law: terms.law[locale],
              courts: `${terms.courts[locale]} — ${t(`region.jurisdiction.${terms.courts.jurisdiction}`)}`,
              item: itemName(terms.item, page, locale, t),
            })}
          </Fact>
        ))}
        {card.who && <Fact term={t('region.who')}>{fact(card.who)}</Fact>}
        <Fact term={t('region.addenda')}>
          {addenda.length
            ? addenda.map((part) => partTitle(part, page, locale)).join('; ')
            : t('region.noAddenda')}
        </Fact>
      </dl>
    </section>
  );
}

/** The card's look, shared with the party card (party-card.tsx). */
export const cardClass = 'entity-card rounded-lg border border-line bg-tint px-3 py-2';
export const cardTitleClass = 'mb-1 text-[1rem] font-bold';
export const factsClass = 'grid gap-[0.15rem]';
/** The source clauses after a fact, and the card's notes. */
export const factNoteClass = 'text-[0.8rem] text-muted';

/** A fact in the agreement's words, then the clauses it comes from: "the laws of Singapore (5.3)". */
export function SourcedFact({
  text,
  language,
  source,
  t,
  children,
}: {
  text: string;
  language: string;
  source: string[];
  t: TFunction;
  children?: ReactNode;
}) {
  return (
    <>
      <span lang={htmlLang(language as Locale)}>{text}</span>
      {children}
      <span className={factNoteClass}> ({t('region.source', { clauses: source.join(', ') })})</span>
    </>
  );
}

/** One fact: term and value side by side, stacked below 600 px. */
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[minmax(0,1fr)] min-[600px]:grid-cols-[minmax(7rem,12rem)_1fr] min-[600px]:gap-2">
      <dt className="font-semibold">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
