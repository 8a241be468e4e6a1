import type { TFunction } from 'i18next';
import { htmlLang, type Locale } from '@/lib/i18n/config';
import type { ComparedClause, Comparison, ItemEffect, Side } from '@/lib/compare/types';
import type { Language } from '@/lib/pipeline/types';
import { DiffParagraphs } from './diff-paragraphs';
import { clauseName, itemName, sideName, sidePath } from './labels';

/**
 * One clause of the comparison: its name and how it differs, the addendum items behind the
 * difference, then per language the two sides next to each other (one above the other on a
 * phone), each with what only it has marked and the items that qualify it on that side.
 */
export function ClauseComparison({
  clause,
  comparison,
  locale,
  t,
}: {
  clause: ComparedClause;
  comparison: Comparison;
  locale: Locale;
  t: TFunction;
}) {
  const first = clause.a
    ? { clause: clause.a, side: comparison.a }
    : { clause: clause.b!, side: comparison.b };
  const status =
    clause.status === 'only-a' || clause.status === 'only-b'
      ? t('compare.status.only', {
          side: sideName(comparison[clause.status === 'only-a' ? 'a' : 'b'], locale),
        })
      : t(`compare.status.${clause.status}`);
  return (
    <section id={clause.key} aria-labelledby={`${clause.key}-title`} className="border-t border-line py-3">
      <h3 id={`${clause.key}-title`} className="m-0 text-base font-semibold">
        <span className="first-letter:uppercase inline-block">
          {clauseName(first.clause, first.side, locale, t)}
        </span>{' '}
        <span className="ml-1 inline-block rounded border border-current px-1.5 text-xs font-semibold text-reference">
          {status}
        </span>
      </h3>
      {clause.items.length > 0 && (
        <ul className="mt-1 mb-0 list-none p-0 text-sm">
          {clause.items.map((effect) => (
            <li key={`${effect.side}-${effect.item}-${effect.kind}`}>
              <ItemLink effect={effect} comparison={comparison} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
      {comparison.languages
        .filter((language) => clause.texts[language])
        .map((language) => (
          <div key={language} className="mt-2">
            <p className="m-0 text-xs font-semibold text-muted">{t(`language.${language}`)}</p>
            <div className="grid gap-x-6 md:grid-cols-2">
              {(['a', 'b'] as const).map((side) => (
                <SideText
                  key={side}
                  clause={clause}
                  side={side}
                  language={language}
                  comparison={comparison}
                  locale={locale}
                  t={t}
                />
              ))}
            </div>
          </div>
        ))}
    </section>
  );
}

function SideText({
  clause,
  side,
  language,
  comparison,
  locale,
  t,
}: {
  clause: ComparedClause;
  side: Side;
  language: Language;
  comparison: Comparison;
  locale: Locale;
  t: TFunction;
}) {
  const own = clause[side];
  const name = sideName(comparison[side], locale);
  const other = clause[side === 'a' ? 'b' : 'a'];
  const renumbered = own && other && own.ref !== other.ref;
  const effects = clause.items.filter((effect) => effect.side === side);
  return (
    <div className="min-w-0 border-l-2 border-line pl-2" data-side={side}>
      <p className="m-0 text-xs text-muted">
        {own ? (
          <a href={`${sidePath(comparison[side], locale)}#${own.ids[0]}`}>
            {renumbered
              ? t('compare.clauseIn', { clause: clauseName(own, comparison[side], locale, t), side: name })
              : name}
          </a>
        ) : (
          name
        )}
      </p>
      {own ? (
        <div lang={htmlLang(language)}>
          <DiffParagraphs paragraphs={clause.texts[language]![side]} side={name} locale={locale} t={t} />
        </div>
      ) : (
        <p className="my-1 text-sm text-muted italic">{t('compare.notIn', { side: name })}</p>
      )}
      {effects.map((effect) => (
        <EffectText
          key={`${effect.item}-${effect.kind}`}
          effect={effect}
          language={language}
          locale={locale}
          t={t}
        />
      ))}
    </div>
  );
}

/** What an item says where its words are not in the clause: a qualification, a conditional text. */
function EffectText({
  effect,
  language,
  locale,
  t,
}: {
  effect: ItemEffect;
  language: Language;
  locale: Locale;
  t: TFunction;
}) {
  if (effect.replacement?.[language] && effect.condition)
    return (
      <div className="my-1 rounded bg-tint px-2 py-1 text-sm">
        <p className="m-0 font-semibold" lang={htmlLang(locale)}>
          {t('region.whenCondition', { condition: effect.condition[locale] })}
        </p>
        <p className="m-0" lang={htmlLang(language)}>
          {effect.replacement[language]}
        </p>
      </div>
    );
  if (!effect.text?.[language]) return null;
  return (
    <blockquote className="my-1 rounded bg-tint px-2 py-1 text-sm" lang={htmlLang(language)}>
      {effect.text[language]}
    </blockquote>
  );
}

const statusKeys: Record<string, string> = {
  replace: 'replaced',
  add: 'added',
  annotate: 'annotated',
  'modify-reference': 'modified',
  'conditional-replace': 'conditional',
  entity: 'entity',
};

/** "Replaced for Europe by Europe Addendum, item 7", linked to the item on that region's page. */
function ItemLink({
  effect,
  comparison,
  locale,
  t,
}: {
  effect: ItemEffect;
  comparison: Comparison;
  locale: Locale;
  t: TFunction;
}) {
  const side = comparison[effect.side];
  return (
    <a href={`${sidePath(side, locale)}#${effect.itemId}`} className="font-semibold">
      {t(`region.status.${statusKeys[effect.kind] ?? 'whole-addendum'}`, {
        region: sideName(side, locale),
        item: itemName(effect.item, side, locale, t),
        condition: effect.condition?.[locale] ?? '',
      })}
    </a>
  );
}
