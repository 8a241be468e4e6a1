import { z } from 'zod';

/**
 * The schema of content/regions.yaml, documented key by key in content/README.md. The file is
 * read with YAML's failsafe schema, so every scalar arrives as text: `targets: [10, 13.10]` stays
 * "10" and "13.10" instead of becoming numbers (13.10 would read as 13.1).
 */

const regionKey = z.string().regex(/^[a-z]{2,8}$/, 'a region key: lower-case letters, e.g. eu');
const clauseRef = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]*$/, 'a clause id without "clause-", e.g. 13.9 or eu-addendum.7');
const sourceRef = z
  .string()
  .regex(/^[a-z0-9-]+#[a-z0-9][a-z0-9.-]*$/, 'agreement#clause, e.g. membership-agreement#13.9');

/** The same words in both languages: `{ en: Europe, zh: 欧洲 }`. */
export const bilingualSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();

/** Words quoted from the agreements, with the clauses they are quoted from. */
export const quoteSchema = bilingualSchema.extend({ source: z.array(sourceRef).min(1) }).strict();

/** A fact the agreements do not give is written `not-stated`, never made up. */
export const notStated = 'not-stated';
const factSchema = z.union([quoteSchema, z.literal(notStated)]);

export const jurisdictions = ['exclusive', 'non-exclusive', notStated] as const;
const courtsQuoteSchema = quoteSchema.extend({ jurisdiction: z.enum(jurisdictions) }).strict();
const courtsSchema = z.union([courtsQuoteSchema, z.literal(notStated)]);

/** Governing law, courts and notice address: a region's defaults, or one agreement's own. */
const termsSchema = z.object({ law: factSchema, courts: courtsSchema, notice: factSchema }).strict();

export const regionSchema = termsSchema
  .extend({
    name: bilingualSchema,
    who: factSchema,
    entity: z.object({ name: quoteSchema, registration: factSchema, address: factSchema }).strict(),
    conditional: z
      .array(z.object({ item: clauseRef, law: quoteSchema, courts: courtsQuoteSchema }).strict())
      .optional(),
  })
  .strict();

export const effectKinds = [
  'replace',
  'add',
  'annotate',
  'modify-reference',
  'entity',
  'conditional-replace',
  'whole-addendum',
  'definitions',
] as const;
export type EffectKind = (typeof effectKinds)[number];

/** What each kind needs besides region, item and kind. */
const needs: Record<
  EffectKind,
  { targets: 'none' | 'one' | 'some'; part?: true; condition?: true; reference?: true }
> = {
  replace: { targets: 'one' },
  add: { targets: 'some' },
  annotate: { targets: 'some' },
  'modify-reference': { targets: 'one', reference: true },
  entity: { targets: 'some' },
  'conditional-replace': { targets: 'one', condition: true },
  'whole-addendum': { targets: 'none', part: true },
  definitions: { targets: 'none' },
};

export const effectSchema = z
  .object({
    region: regionKey,
    item: clauseRef,
    kind: z.enum(effectKinds),
    targets: z.array(clauseRef).min(1).optional(),
    part: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'a part id, e.g. gdpr-addendum')
      .optional(),
    condition: bilingualSchema.optional(),
    reference: bilingualSchema.optional(),
  })
  .strict()
  .superRefine((effect, ctx) => {
    const need = needs[effect.kind];
    const check = (ok: boolean, message: string) => ok || ctx.addIssue({ code: 'custom', message });
    const count = effect.targets?.length ?? 0;
    if (need.targets === 'none') check(count === 0, `${effect.kind} takes no targets`);
    if (need.targets === 'one') check(count === 1, `${effect.kind} takes exactly one target`);
    if (need.targets === 'some') check(count > 0, `${effect.kind} takes targets`);
    check(!!need.part === !!effect.part, `part belongs to whole-addendum only, and it needs one`);
    check(
      !!need.condition === !!effect.condition,
      `condition belongs to conditional-replace only, and it needs one`,
    );
    check(
      !!need.reference === !!effect.reference,
      `reference belongs to modify-reference only, and it needs one`,
    );
  });

export const agreementRegionsSchema = z
  .object({
    regions: z.array(regionKey).min(1),
    default: regionKey,
    terms: z.record(regionKey, termsSchema.partial().strict()).optional(),
    effects: z.array(effectSchema).optional(),
  })
  .strict();

/**
 * Words quoted from a one-party agreement, in the languages it has (an agreement may exist in
 * one language only): `{ en: Anthropic Ireland, Limited, source: [claude-ai-terms#preamble.2] }`.
 */
export const partyQuoteSchema = z
  .object({
    en: z.string().min(1).optional(),
    zh: z.string().min(1).optional(),
    source: z.array(sourceRef).min(1),
  })
  .strict()
  .refine((quote) => quote.en || quote.zh, { message: 'give the words in en, zh or both' });

/** The party's facts are still to be looked up: the page says they are not yet recorded. */
export const notResearched = 'not-researched';
const partyFactSchema = z.union([partyQuoteSchema, z.literal(notStated)]);

/**
 * An agreement outside the billing-address model: it applies to all customers with the one
 * contracting party it names, or its facts are not yet researched (`party: not-researched`).
 */
export const agreementPartySchema = z
  .object({
    party: z.union([partyQuoteSchema, z.literal(notResearched)]),
    law: partyFactSchema.optional(),
    courts: partyFactSchema.optional(),
    notice: partyFactSchema.optional(),
  })
  .strict();

const slugKey = z.string().regex(/^[a-z0-9-]+$/, 'an agreement slug');

export const regionsFileSchema = z
  .object({
    regions: z.record(regionKey, regionSchema),
    agreements: z.record(slugKey, agreementRegionsSchema),
    parties: z.record(slugKey, agreementPartySchema).optional(),
  })
  .strict();

export type Bilingual = z.infer<typeof bilingualSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Fact = z.infer<typeof factSchema>;
export type CourtsQuote = z.infer<typeof courtsQuoteSchema>;
export type Courts = z.infer<typeof courtsSchema>;
export type Terms = z.infer<typeof termsSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Effect = z.infer<typeof effectSchema>;
export type AgreementRegions = z.infer<typeof agreementRegionsSchema>;
export type RegionsFile = z.infer<typeof regionsFileSchema>;
export type PartyQuote = z.infer<typeof partyQuoteSchema>;
export type AgreementParty = z.infer<typeof agreementPartySchema>;
