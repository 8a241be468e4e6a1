import { z } from 'zod';

/**
 * The contract of the data exports (`/data/agreements.json`, `/data/agreements/{slug}.json`):
 * one zod schema gives both the TypeScript types the exporter is checked against and the JSON
 * Schema (draft 2020-12) published beside the files (`json-schema.ts`). The shape is the
 * export's own, mapped field by field from the page model, so the page model can change without
 * changing what tools read. A change here is a change of the contract: bump `schemaVersion`
 * (major when a field goes or changes meaning, minor when one is added) and update the
 * committed schemas (`UPDATE=1 npx vitest run lib/export`), whose diff is the change log.
 */
export const schemaVersion = '1.0.0';

const language = z.enum(['en', 'zh']).meta({
  id: 'Language',
  description: 'A language version of an agreement: en (English) or zh (Simplified Chinese).',
});

/** `{ en?, zh? }`: a value for each language the agreement has. */
const perLanguage = <T extends z.ZodType>(value: T) => z.partialRecord(language, value);

const bilingual = z
  .object({ en: z.string(), zh: z.string() })
  .meta({ id: 'Bilingual', description: 'The same words in English and in Chinese.' });

const ref = z
  .string()
  .regex(/^[a-z0-9.-]+$/)
  .meta({
    id: 'ClauseRef',
    description:
      'A clause of this agreement by its ref, the clause id without "clause-": "11.5", "2.3.a", "eu-addendum.7", "specific.16.1.3". The page anchor is "#clause-" + ref.',
  });

const url = z.url().describe('An absolute URL on the site.');

const tag = z.enum(['liability', 'deletion']).meta({
  id: 'HighlightTag',
  description:
    'liability: limits, excludes or disclaims the provider’s liability, or puts losses on the customer. deletion: deletes or releases the customer’s data, or sets when that happens.',
});

const highlight = z
  .object({
    tag,
    phrases: z
      .array(z.object({ language, phrase: z.string() }))
      .describe('The words in the clause that caused the tag, Chinese first; "…" joins words found apart.'),
    override: z
      .string()
      .nullable()
      .describe('The editors’ reason when the tag was added by hand (front matter), else null.'),
    onlyIn: language
      .nullable()
      .describe('Set when only this language’s rules give the tag: the versions disagree.'),
  })
  .meta({ id: 'Highlight', description: 'Why a clause carries one highlight tag.' });

const edition = z
  .object({
    version: z.string().nullable().describe('The version as printed: "October 2019", "20200402".'),
    updated: z.string().nullable().describe('The "Last Updated" date as printed.'),
    effective: z.string().nullable().describe('The effective date as printed: "2018年3月16日".'),
    publication: z.string().nullable().describe('The document it was published in, when it differs.'),
  })
  .meta({ id: 'Edition', description: 'Which edition a language version is, as it prints it.' });

const urls = z
  .object({
    pages: perLanguage(url).describe(
      'The agreement page in each interface language (both exist for every agreement).',
    ),
    data: url.describe('This agreement’s export, /data/agreements/{slug}.json.'),
    markdown: perLanguage(url).describe(
      'Each language version’s Markdown as stored, /data/agreements/{slug}/{lang}.md.',
    ),
  })
  .meta({ id: 'AgreementUrls' });

const regionSummary = z
  .object({
    key: z.string().describe('The region key: intl, eu, us, in, my, au, cn.'),
    name: bilingual,
    default: z.boolean().describe('Whether the bare agreement URL shows this region.'),
    pages: perLanguage(url).describe('The agreement as it binds this region, per interface language.'),
  })
  .meta({ id: 'RegionSummary' });

/** What agreements.json and the agreement file both say about an agreement. */
const agreementSummaryShape = {
  slug: z.string().regex(/^[a-z0-9-]+$/),
  official: language.describe('The language of the official text, which prevails.'),
  languages: z.array(language).min(1).describe('The language versions that exist, official first.'),
  titles: perLanguage(z.string()).describe('The title of each language version.'),
  status: perLanguage(z.enum(['official', 'reference-translation'])).describe(
    'official: the text as published. reference-translation: the project’s translation.',
  ),
  editions: perLanguage(edition),
  scope: z
    .enum(['regions', 'single-party', 'not-researched'])
    .describe(
      'regions: the contracting party depends on the customer’s billing-address region (see regions). single-party: one party for every customer (see party in the agreement file). not-researched: not yet recorded.',
    ),
  defaultRegion: z
    .string()
    .nullable()
    .describe('The region the bare agreement URL shows; null without regions.'),
  regions: z.array(regionSummary).describe('The regions the agreement applies in, in picker order.'),
  urls,
};

const schemaHeader = {
  $schema: url.describe('The JSON Schema this file follows.'),
  schemaVersion: z
    .literal(schemaVersion)
    .describe('The version of this shape (semver): a new major version changes or removes fields.'),
};

export const agreementSummarySchema = z
  .object(agreementSummaryShape)
  .meta({ id: 'AgreementSummary', description: 'One agreement as the library lists it.' });

export const libraryExportSchema = z
  .object({
    ...schemaHeader,
    agreements: z.array(agreementSummarySchema).describe('Every agreement, in slug order.'),
  })
  .meta({
    title: 'Bilingual Terms Viewer: the agreements',
    description:
      'Every agreement on the site, with its languages, editions, regions and the URLs of its exports.',
  });

const clause = z
  .object({
    id: z.string().describe('The page anchor: "clause-11.5".'),
    ref,
    part: z.string().describe('The part it belongs to (see parts).'),
    kind: z
      .enum(['section', 'clause', 'item', 'paragraph'])
      .describe('section heading, numbered clause, lettered item, or unnumbered paragraph.'),
    depth: z
      .int()
      .min(0)
      .describe('Outline depth: sections 0, "3.1" 1, "3.1.2" 2, items one below their parent.'),
    parent: ref.nullable().describe('The clause it stands under; null at the top of its part.'),
    label: perLanguage(z.string().nullable()).describe(
      'The number or label as printed ("3.2", "(g)", "1."); null for an unnumbered paragraph.',
    ),
    text: perLanguage(z.string()).describe('Plain text, per language version that has the clause.'),
    markdown: perLanguage(z.string()).describe(
      'The clause’s Markdown as stored, per language: from after its block marker (a heading’s "##", a list item’s "-" or "1.") to its end; an ordered-list clause’s number is in label.',
    ),
    highlights: z.array(highlight).describe('The highlight tags of the clause as printed, with why.'),
    references: z
      .array(ref)
      .describe(
        'The clauses of this agreement it cites, in either language, in text order (links on the page).',
      ),
    citedBy: z.array(ref).describe('The clauses that cite it, in either language, in text order.'),
    citesAgreements: z
      .array(
        z.object({
          language,
          title: z.string().describe('The title as the clause writes it: "服务使用规则".'),
          slug: z
            .string()
            .nullable()
            .describe('The agreement on this site, or null for one not in the library.'),
        }),
      )
      .describe('Other agreements the clause names by title.'),
    notes: z
      .array(z.string())
      .describe('Editorial notes: repairs of the official text’s capture, on this clause.'),
  })
  .meta({ id: 'Clause', description: 'One clause id as the agreement prints it, in both languages.' });

const fact = z
  .object({
    en: z.string(),
    zh: z.string(),
    source: z.array(ref).describe('The clauses of this agreement the words are quoted from.'),
  })
  .meta({
    id: 'Fact',
    description: 'A fact in the agreement’s own words, with the clauses it is quoted from.',
  });

const courts = fact
  .extend({ jurisdiction: z.enum(['exclusive', 'non-exclusive', 'not-stated']) })
  .meta({ id: 'Courts' });

const entityCard = z
  .object({
    who: fact.nullable().describe('Who contracts in this region, in the agreement’s words.'),
    entity: z.object({
      name: fact,
      registration: fact.nullable(),
      address: fact.nullable(),
    }),
    law: fact.nullable().describe('Governing law; null: the agreements do not state it.'),
    courts: courts.nullable(),
    notice: fact.nullable().describe('Where notices go.'),
    conditional: z
      .array(z.object({ item: ref, condition: bilingual, law: fact, courts }))
      .describe(
        'Law and courts an addendum item substitutes under a condition (Australia: small business contracts).',
      ),
  })
  .meta({
    id: 'EntityCard',
    description: 'The contracting party, law, courts and notice address in one region.',
  });

const effectKind = z
  .enum([
    'replace',
    'add',
    'annotate',
    'modify-reference',
    'entity',
    'conditional-replace',
    'whole-addendum',
    'definitions',
  ])
  .meta({ id: 'EffectKind', description: 'What an addendum item does (content/README.md, "Regions").' });

const regionChange = z
  .object({
    ref,
    status: z
      .enum(['annotated', 'conditional', 'modified', 'replaced', 'added'])
      .describe(
        'replaced: new text in place of the clause and the clauses under it. added: a clause the printed text lacks. modified: a reference in it replaced. conditional: other text applies under a condition. annotated: the text stands, qualified by the item.',
      ),
    items: z
      .array(z.object({ item: ref, kind: effectKind }))
      .min(1)
      .describe('The addendum items that cause it.'),
    text: perLanguage(z.string())
      .nullable()
      .describe('replaced, added, modified: the text that binds in this region (plain); otherwise null.'),
    replaces: z
      .array(ref)
      .describe(
        'replaced, modified: the printed clauses it stands in place of, itself first; otherwise empty.',
      ),
    condition: bilingual.nullable().describe('conditional: when the replacement applies.'),
    replacement: perLanguage(z.string()).nullable().describe('conditional: the text that applies then.'),
    highlights: z.array(highlight).describe('The highlight tags of the clause as it reads in this region.'),
  })
  .meta({ id: 'RegionChange', description: 'A clause that reads differently in a region than as printed.' });

const region = regionSummary
  .extend({
    addenda: z.array(z.string()).describe('The addendum parts in force in this region.'),
    entity: entityCard,
    changes: z.array(regionChange).describe('Every clause the region’s addenda change, in text order.'),
  })
  .meta({ id: 'Region', description: 'The agreement as it binds customers of one billing-address region.' });

const partyFact = z
  .object({ en: z.string().optional(), zh: z.string().optional(), source: z.array(ref) })
  .meta({ id: 'PartyFact', description: 'Words quoted from the agreement, in the languages it has.' });

export const agreementExportSchema = z
  .object({
    ...schemaHeader,
    ...agreementSummaryShape,
    regions: z.array(region).describe('The regions the agreement applies in, in picker order.'),
    party: z
      .object({
        party: partyFact,
        law: partyFact.nullable(),
        courts: partyFact.nullable(),
        notice: partyFact.nullable(),
      })
      .nullable()
      .describe('scope single-party: the one contracting party, quoted; otherwise null.'),
    parts: z
      .array(z.object({ id: z.string(), titles: perLanguage(z.string()).describe('Printed part titles.') }))
      .describe('The parts in order: preamble, main, specific, the addenda.'),
    clauses: z
      .array(clause)
      .describe('Every clause id as printed, in order (a region’s changes are under regions).'),
    definedTerms: perLanguage(
      z.array(
        z.object({
          term: z.string(),
          definedIn: z.array(ref).min(1),
          sentence: z.string().describe('The sentence that defines it.'),
        }),
      ),
    ).describe('The glossary per language: each defined term and the clauses that define it.'),
  })
  .meta({
    title: 'Bilingual Terms Viewer: one agreement',
    description:
      'An agreement in both languages, clause by clause: text and Markdown, highlights, references, defined terms, and what each region’s addenda change.',
  });

export type LibraryExport = z.infer<typeof libraryExportSchema>;
export type AgreementSummary = z.infer<typeof agreementSummarySchema>;
export type AgreementExport = z.infer<typeof agreementExportSchema>;
export type ExportClause = z.infer<typeof clause>;
export type ExportHighlight = z.infer<typeof highlight>;
export type ExportRegion = z.infer<typeof region>;
export type ExportRegionChange = z.infer<typeof regionChange>;
export type ExportEntityCard = z.infer<typeof entityCard>;
