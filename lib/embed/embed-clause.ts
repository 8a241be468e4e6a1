import type { Language } from '../pipeline/types';
import type { Bilingual } from '../regions/schema';
import type { AgreementPage, PageRow, PageText } from '../page/types';

/**
 * One clause of the page model, for a console's iframe (`/en/embed/membership-agreement/eu/11.5`):
 * the clause and every row under it (11.5 and its second paragraph 11.5.p2; 9.1 and its items
 * (a)–(g); section 11 and its clauses), each with its cells, highlight marks and region marks.
 * Small on purpose: it is the page's props, and every clause of every region has a page.
 */
export interface EmbedClause {
  slug: string;
  ref: string;
  official: Language;
  /** The language versions that exist, official first. */
  languages: Language[];
  /** Each language version's title and status (official, reference translation). */
  texts: Partial<Record<Language, Pick<PageText, 'title' | 'status'>>>;
  /** Each part's printed titles: region marks name the addendum item ("Europe Addendum …, item 7"). */
  parts: { id: string; titles: Partial<Record<Language, string>> }[];
  /** null for an agreement outside the billing-address regions. */
  region: { key: string; name: Bilingual } | null;
  rows: EmbedRow[];
  /** The full agreement page: `/en/agreements/membership-agreement/eu`. */
  agreement: string;
  /** That page at this clause: `/en/agreements/membership-agreement/eu#clause-11.5`. */
  href: string;
}

/** What the embed shows of a row: no back-references, review findings or height estimates. */
export type EmbedRow = Pick<
  PageRow,
  'id' | 'ref' | 'part' | 'kind' | 'depth' | 'cells' | 'region' | 'tags' | 'marks'
>;

/**
 * The clause `ref` of a page as an embed shows it, in the interface language `lang`; null when
 * the page has no such clause (the route answers 404). Links inside the text open the full
 * agreement page in a new tab: the embed has only this clause to land on.
 */
export function embedClause(page: AgreementPage, ref: string, lang: Language): EmbedClause | null {
  const rows = page.parts.flatMap((part) => part.rows);
  const index = rows.findIndex((row) => row.ref === ref);
  if (index < 0) return null;
  const clause = rows[index]!;
  const agreement = agreementHref(page, lang);
  // The rows that follow it and are numbered under it. Only those that follow: an addendum item
  // that adds clauses 4.3 and 4.4 prints them before its item 4 ("au-addendum.4.3" … "au-addendum.4").
  const end = rows.findIndex((row, i) => i > index && !row.ref.startsWith(`${ref}.`));
  const under = rows.slice(index + 1, end < 0 ? rows.length : end);
  return {
    slug: page.slug,
    ref,
    official: page.official,
    languages: page.languages,
    texts: Object.fromEntries(
      page.languages.map((language) => {
        const { title, status } = page.texts[language]!;
        return [language, { title, status }];
      }),
    ),
    parts: page.parts.map((part) => ({ id: part.id, titles: part.titles })),
    region: page.region ? { key: page.region.key, name: page.region.card.name } : null,
    rows: [clause, ...under].map((row) => {
      const { id, part, kind, depth, tags, marks } = row;
      return { id, ref: row.ref, part, kind, depth, tags, marks, ...rowText(row, agreement) };
    }),
    agreement,
    href: `${agreement}#${clause.id}`,
  };
}

/**
 * The page model with every link in the clause text made to leave the frame except in-page
 * ones: the whole agreement is in the embed, so `#clause-2.1` lands in it.
 */
export function embedAgreement(page: AgreementPage): AgreementPage {
  return {
    ...page,
    parts: page.parts.map((part) => ({
      ...part,
      rows: part.rows.map((row) => ({ ...row, ...rowText(row) })),
    })),
  };
}

/**
 * The agreement page an embed belongs to, in the interface language `lang`: the default region's
 * page has no region segment (`/en/agreements/membership-agreement`), any other region's has
 * (`/en/agreements/membership-agreement/eu`), as has none an agreement without regions.
 */
export function agreementHref(page: AgreementPage, lang: Language): string {
  const region = page.region && !page.region.isDefault ? `/${page.region.key}` : '';
  return `/${lang}/agreements/${page.slug}${region}`;
}

/**
 * Links of clause HTML made to leave the frame, in a new tab: in-page ones
 * (`<a href="#clause-2.1" …>`) to that anchor of `agreement` when it is given (else they stay),
 * others (`https://…`, `/en/agreements/…`) as they are. The HTML is lib/page/clause-html.ts's,
 * which writes `href` first and escaped.
 */
export function retargetLinks(html: string, agreement?: string): string {
  return html.replace(/<a href="([^"]*)"/g, (link, href: string) => {
    if (!href.startsWith('#')) return `<a target="_blank" href="${href}"`;
    return agreement ? `<a target="_blank" rel="noopener" href="${agreement}${href}"` : link;
  });
}

/** A row's cells and region texts, links retargeted. */
function rowText(row: PageRow, agreement?: string): Pick<PageRow, 'cells' | 'region'> {
  const cells = (text: Partial<Record<Language, string>>) =>
    Object.fromEntries(
      Object.entries(text).map(([language, html]) => [language, retargetLinks(html, agreement)]),
    );
  const { replacement, original } = row.region;
  return {
    cells: cells(row.cells),
    region: {
      ...row.region,
      ...(replacement ? { replacement: cells(replacement) } : {}),
      ...(original ? { original: original.map((o) => ({ id: o.id, cells: cells(o.cells) })) } : {}),
    },
  };
}
