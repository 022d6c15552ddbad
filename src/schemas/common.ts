/**
 * Building blocks shared by every content schema.
 *
 * The schemas are written as factories that take a `ref` function, so the same
 * definition serves Astro (which passes `reference()` from `astro:content`) and
 * the stand-alone content checker and unit tests (which pass `plainRef`).
 */
import { z } from 'astro/zod';
import { VERDICT_IDS } from '../lib/model/verdicts.ts';

/** A cross-reference to another collection, as Astro's `reference()` makes it. */
export type RefFactory = (collection: CollectionName) => z.ZodType<{ collection: string; id: string }>;

/** The collections of `content/`, each a folder of Markdown files; the one list the rest derives from (see `collections.ts`). */
export const COLLECTION_NAMES = ['articles', 'outlets', 'people', 'claims', 'events'] as const;

/** A collection of `content/`. */
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** A reference that only checks the id's shape: used outside Astro, where the integrity check resolves it. */
export const plainRef: RefFactory = (collection) => idSchema.transform((id) => ({ collection, id }));

/** An id: ASCII kebab-case, as in file names and URLs. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use ASCII kebab-case: lower-case letters, digits and single hyphens, e.g. "moscow-times"');

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a full local date-time `YYYY-MM-DDTHH:MM(:SS)`. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?)?)?$/;

/** How precise a date is, read off its written form. */
export type DatePrecision = 'year' | 'month' | 'day' | 'time';

/** Whether `value` names a real calendar date (no 30 February, no month 13). */
export function isRealPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const year = Number(y);
  if (mo === undefined) return year >= 1900 && year <= 2100;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return false;
  if (h === undefined) return true;
  return Number(h) < 24 && Number(mi) < 60 && (s === undefined || Number(s) < 60);
}

/** The precision a partial date is written with. */
export function precisionOf(value: string): DatePrecision {
  if (value.length <= 4) return 'year';
  if (value.length <= 7) return 'month';
  if (value.length <= 10) return 'day';
  return 'time';
}

/** A calendar date written at the precision that is known: `2024-12`, `2024-12-03`, `2024-12-03T10:50:16`. */
export const partialDateSchema = z
  // YAML reads `2024` as a number and `2024-12-03` as a date: accept both and keep the written form.
  .union([z.string(), z.number().int(), z.date()], { error: 'write a date as YYYY-MM-DD, YYYY-MM or YYYY' })
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .refine(isRealPartialDate, {
    message: 'write a real date as YYYY-MM-DD (or YYYY-MM when only the month is known), e.g. 2024-12-03',
  });

/** A full day, `YYYY-MM-DD`: used where a day is always known (when we published a check). */
export const dayDateSchema = partialDateSchema.refine((v) => precisionOf(v) === 'day', {
  message: 'write the full day as YYYY-MM-DD, e.g. 2025-01-15',
});

/** A date with how we know it: read from the capture (`stated`) or worked out (`inferred`, with the reasoning). */
export const datedSchema = z
  .object({
    /** The date at the precision that is known. */
    date: partialDateSchema,
    /** `stated`: printed in the capture or the source; `inferred`: worked out by us. */
    certainty: z.enum(['stated', 'inferred']),
    /** True when the date is approximate ("about 3 January 2025"). */
    approximate: z.boolean().default(false),
    /** How the date was worked out, or where it is stated. Required when `certainty` is `inferred`. */
    reasoning: z.string().min(1).optional(),
  })
  .strict()
  .refine((d) => d.certainty === 'stated' || d.reasoning !== undefined, {
    message: 'an inferred date needs `reasoning`: say what in the text or the record dates it',
    path: ['reasoning'],
  });

/** A date with its certainty and precision. */
export type Dated = z.output<typeof datedSchema>;

/** An http(s) URL. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'write a full http(s) URL, e.g. https://example.org/page' });

/** A designation or sanction imposed on a person or an organisation by an authority. */
export const designationSchema = z
  .object({
    /** What it is: e.g. "foreign agent", "undesirable organisation", "EU broadcast ban", "sanctions". */
    kind: z.string().min(1),
    /** Who imposed it: e.g. "Ministry of Justice of the Russian Federation", "Council of the EU". */
    authority: z.string().min(1),
    /** Where it applies: e.g. "Russia", "European Union", "United States". */
    jurisdiction: z.string().min(1),
    /** When it took effect, at the precision known. */
    date: partialDateSchema.optional(),
    /** One neutral sentence of context. */
    note: z.string().optional(),
    /** Where a reader can check it. */
    source: z
      .object({
        /** Publisher of the record. */
        publisher: z.string().min(1),
        /** Title of the record. */
        title: z.string().min(1),
        /** Link to the record, when it is known for certain. */
        url: urlSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A designation or sanction. */
export type Designation = z.output<typeof designationSchema>;

/** A verdict id on the published scale. YAML reads a bare `false` as a boolean, so that is taken as the verdict "false". */
export const verdictSchema = z.preprocess(
  (v) => (v === false ? 'false' : v),
  z.enum(VERDICT_IDS, { error: `use one of: ${VERDICT_IDS.join(', ')}` }),
);
