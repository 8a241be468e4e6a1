import type { TFunction } from 'i18next';
import { clauseLabel } from '../format';
import type { Tag } from '../highlights/types';
import type { AgreementPage, PageRow } from '../page/types';
import type { Language } from '../pipeline/types';

/**
 * One clause in one language, as the search index holds it (a Pagefind custom record): the
 * clause's text, where it is, and what the search page filters on. `url` has no interface
 * language: the search page puts its own in front ("/en" + "/agreements/…#clause-11.5").
 */
export interface SearchRecord {
  url: string;
  /** The index it goes to: the language of the text, so each is segmented by its own rules. */
  language: Language;
  /** The clause's plain text, its label in front ("clause 11.5 …") so a number finds it. */
  content: string;
  /**
   * Pagefind searches every meta field: the clause's label, in the text's language ("clause
   * 11.5", "Europe Addendum …, clause 7", "第8.5(a)条"), finds a clause by its number even where
   * its text does not print it ("(a) you shall delete …"). The agreement's title is left out, or
   * a word of it would find every clause of that agreement; results name the agreement from
   * `filters.agreement`, in the reader's interface language.
   */
  meta: { clause: string };
  filters: { agreement: string[]; language: Language[]; highlight: Tag[] };
}

export interface RecordOptions {
  /**
   * The row's label in the given language, with the title of its part when it is not the main
   * part: "clause 11.5", "Europe Addendum, clause 7", "第11.5条" (lib/format.ts clauseLabel).
   */
  label: (row: PageRow, language: Language, part: string | undefined) => string;
}

/**
 * The records of one agreement: every row of its page (the default region), each language
 * version a record; then the clauses only a region's view has (the Europe Addendum's new
 * 9.1(g)), from the first region that has them, linking to that region's page. `regionPage`
 * returns the page model of a region (agreementPage(slug, region)).
 */
export function agreementRecords(
  page: AgreementPage,
  regionPage: (region: string) => AgreementPage | null,
  options: RecordOptions,
): SearchRecord[] {
  const records = page.parts.flatMap((part) =>
    part.rows.flatMap((row) => rowRecords(page, row, null, options)),
  );
  for (const [ref, regions] of Object.entries(page.region?.elsewhere ?? {})) {
    const region = regions[0]!;
    const row = regionPage(region)
      ?.parts.flatMap((part) => part.rows)
      .find((r) => r.ref === ref);
    if (row) records.push(...rowRecords(page, row, region, options));
  }
  return records;
}

function rowRecords(page: AgreementPage, row: PageRow, region: string | null, { label }: RecordOptions) {
  const path = region ? `${page.slug}/${region}` : page.slug;
  return page.languages.flatMap((language): SearchRecord[] => {
    const html = row.cells[language];
    const text = html === undefined ? '' : plainText(html);
    if (!text) return [];
    const part =
      row.part === 'main' ? undefined : page.parts.find((p) => p.id === row.part)?.titles[language];
    const clause = label(row, language, part);
    return [
      {
        url: `/agreements/${path}#${row.id}`,
        language,
        content: text,
        meta: { clause },
        filters: { agreement: [page.slug], language: [language], highlight: row.tags },
      },
    ];
  });
}

/** RecordOptions.label from each language's interface strings (`getT`), as the page names rows. */
export function rowLabel(tOf: (language: Language) => TFunction): RecordOptions['label'] {
  return (row, language, part) => {
    const t = tOf(language);
    const clause = clauseLabel(row.ref, row.part, row.kind, t);
    return part ? t('clause.inPart', { part, clause }) : clause;
  };
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#x27;': "'",
};

/**
 * A cell's text without its markup: the cells are lib/page/clause-html.ts output, so the tags are
 * its own (links, strong, em, code, br) and the only entities are the five it escapes.
 */
export function plainText(html: string): string {
  return html
    .replace(/<br\/>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#x27);/g, (entity) => entities[entity]!)
    .replace(/\s+/g, ' ')
    .trim();
}
