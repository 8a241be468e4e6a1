import type { TFunction } from 'i18next';
import type { Locale } from '@/lib/i18n/config';
import type { AgreementPage } from '@/lib/page/types';

/**
 * Hidden until islands/missing-clause.ts finds the page opened at a clause anchor it does not
 * have (a console's old link, `#clause-99.9`, `#clause-11-5`, a clause of another region): then
 * it says so, and where the clause is if another region's text has it. Texts and the other
 * regions' links are rendered here; the script only picks among them.
 */
export function MissingClauseNotice({
  page,
  base,
  locale,
  t,
}: {
  page: AgreementPage;
  base: string;
  locale: Locale;
  t: TFunction;
}) {
  const region = page.region;
  const elsewhere = Object.fromEntries(
    Object.entries(region?.elsewhere ?? {}).map(([ref, keys]) => [
      ref,
      keys.map((key) => {
        const option = region!.options.find((o) => o.key === key)!;
        return { name: option.name[locale], href: base + option.path };
      }),
    ]),
  );
  return (
    <div
      id="missing-clause"
      className="missing-clause my-2 border-l-3 border-accent bg-target px-3 py-2"
      role="status"
      hidden
      data-elsewhere={JSON.stringify(elsewhere)}
      data-not-here={t('missing.notHere', {
        anchor: '{anchor}',
        region: region?.card.name[locale] ?? page.texts[locale]?.title ?? '',
      })}
      data-in-regions={t('missing.inRegions')}
      data-did-you-mean={t('missing.didYouMean')}
      data-nowhere={t('missing.nowhere')}
    >
      <strong>{t('missing.title')}</strong> <span className="missing-text" />
    </div>
  );
}
