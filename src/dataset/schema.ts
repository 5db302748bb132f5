// The dataset's record schemas: one definition used by the dataset build (which refuses a record
// that fails it), by the worker (which refuses a tampered file), and by the tests.
// zod/mini keeps the bundles small; the same schemas run unchanged in Node.
import * as z from 'zod/mini';

/** YYYY, YYYY-MM or YYYY-MM-DD: sources often know only the year or month of a start or end. */
export const PartialDate = z.string().check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'));
export const IsoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));

/** Where a fact comes from: a row of the sources table, optionally the exact page stating it, and the date it holds for. */
export const Cite = z.object({
  src: z.string().check(z.minLength(1)),
  url: z.optional(z.string().check(z.regex(/^https?:\/\//, 'expected an http(s) URL'))),
  asOf: PartialDate,
});
export type Cite = z.infer<typeof Cite>;

export const Source = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  url: z.string(),
  licence: z.string(),
  /** The date the source's data holds for (its extract or edition date). */
  asOf: PartialDate,
  attribution: z.optional(z.string()),
});
export type Source = z.infer<typeof Source>;

export const EntityType = z.enum(['person', 'organization', 'outlet', 'country', 'place']);
export type EntityType = z.infer<typeof EntityType>;

export const OfficeRole = z.enum([
  'head_of_state',
  'head_of_government',
  'deputy_head_of_government',
  'minister',
  'legislator',
  'official',
  'other',
]);

export const Office = z.object({
  title: z.string(),
  role: z.optional(OfficeRole),
  /** ISO 3166-1 alpha-2 code of the country the office belongs to, where it belongs to one. */
  country: z.optional(z.string()),
  start: z.nullable(PartialDate),
  /** null: no end known. Whether that means "still held" is only as true as cite.asOf. */
  end: z.nullable(PartialDate),
  cite: Cite,
});
export type Office = z.infer<typeof Office>;

export const StateAffiliationKind = z.enum([
  'state-controlled',
  'state-owned',
  'state-funded',
  'state-funded international broadcaster',
  'public-service broadcaster',
  'independent',
]);

export const Entity = z.object({
  /** Wikidata QID where one exists, otherwise a stable local id `sc:<slug>`. */
  id: z.string().check(z.regex(/^(Q\d+|sc:[a-z0-9-]+)$/, 'expected a QID or sc:<slug>')),
  qid: z.optional(z.string().check(z.regex(/^Q\d+$/))),
  type: EntityType,
  name: z.string().check(z.minLength(1)),
  /** Every other spelling the sources give, in any script. Transliterations are generated at index time. */
  aliases: z.array(z.string()),
  description: z.optional(z.object({ text: z.string(), cite: Cite })),
  /** ISO 3166-1 alpha-2 codes. */
  countries: z.array(z.string()),
  links: z.optional(
    z.object({
      wikipedia: z.optional(z.string()),
      wikidata: z.optional(z.string()),
      website: z.optional(z.string()),
    }),
  ),
  born: z.optional(z.object({ date: PartialDate, cite: Cite })),
  parties: z.optional(
    z.array(
      z.object({ name: z.string(), id: z.optional(z.string()), start: z.nullable(PartialDate), end: z.nullable(PartialDate), cite: Cite }),
    ),
  ),
  offices: z.optional(z.array(Office)),
  outlet: z.optional(
    z.object({
      domains: z.array(z.string()),
      owner: z.optional(z.object({ name: z.string(), id: z.optional(z.string()), cite: Cite })),
      parent: z.optional(z.object({ name: z.string(), id: z.optional(z.string()), cite: Cite })),
      state: z.optional(
        z.object({
          /** The state's ISO code and its name, e.g. RU / Russia. */
          country: z.string(),
          stateName: z.string(),
          kind: StateAffiliationKind,
          cite: Cite,
        }),
      ),
      reliability: z.optional(z.object({ status: z.string(), summary: z.optional(z.string()), cite: Cite })),
    }),
  ),
  designations: z.optional(z.array(z.object({ by: z.string(), label: z.string(), date: z.nullable(PartialDate), cite: Cite }))),
  sanctions: z.optional(
    z.array(
      z.object({
        authority: z.string(),
        program: z.string(),
        listed: z.nullable(PartialDate),
        /** How the listing was attached: only 'identifier', 'name+birthdate' and 'curated' are shown as facts. */
        evidence: z.enum(['identifier', 'name+birthdate', 'curated', 'name-only']),
        /** The listing's own identifying details, for a possible match shown as such. */
        details: z.optional(z.string()),
        cite: Cite,
      }),
    ),
  ),
  facts: z.optional(z.array(z.object({ text: z.string(), cite: Cite }))),
  /** A rough 0..1 weight used to break ties between entities sharing a name. */
  prominence: z.optional(z.number()),
});
export type Entity = z.infer<typeof Entity>;
