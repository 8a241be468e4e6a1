import type { TFunction } from 'i18next';
import type { EditionDate } from '@/lib/content/printed-date';
import type { Locale } from '@/lib/i18n/config';
import { editionDateText } from '@/lib/format';

/**
 * An edition's dates in the interface language's one format ("Version 2 April 2020",
 * "2020年4月2日版"), each a `<time>` where the printed value is a date; the library's cards and
 * the agreement's header show the same words.
 */
export function EditionDates({ dates, locale, t }: { dates: EditionDate[]; locale: Locale; t: TFunction }) {
  return dates.map((date) => (
    <span key={date.kind} data-date-kind={date.kind}>
      {date.date ? (
        <time dateTime={date.date}>{editionDateText(date, locale, t)}</time>
      ) : (
        editionDateText(date, locale, t)
      )}
    </span>
  ));
}
