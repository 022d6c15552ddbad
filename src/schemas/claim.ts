/**
 * `content/claims/<id>.md`: one check-worthy statement. The file name is the
 * claim's permanent id and URL (`/claims/<id>/`); never rename it without a redirect.
 * The body is the analysis.
 */
import { z } from 'astro/zod';
import { dayDateSchema, partialDateSchema, verdictSchema, type RefFactory } from './common.ts';
import { SourceSchema } from './source.ts';

export const makeClaimSchema = (ref: RefFactory) =>
  z
    .object({
      /** The claim restated neutrally, as one sentence. */
      claim: z.string().min(1),
      /** Who made it: a person, an outlet (for an article's own voice), or both. */
      claimant: z
        .object({
          /** The person who made the statement. */
          person: ref('people').optional(),
          /** The outlet that made it in its own voice, or that carried it. */
          outlet: ref('outlets').optional(),
        })
        .strict()
        .refine((c) => c.person !== undefined || c.outlet !== undefined, {
          message: 'name a claimant: `person` (a people id) and/or `outlet` (an outlets id)',
        }),
      /** `factual` statements are rated; `opinion` and `prediction` get context and verdict `not-rated`. */
      kind: z.enum(['factual', 'opinion', 'prediction']),
      /** The verdict on the published scale (see /methodology/). */
      verdict: verdictSchema,
      /** The verdict in one sentence a reader can quote. */
      conclusion: z.string().min(1),
      /** Where the claim appears: each quote must occur verbatim in the article's text. */
      appearances: z
        .array(
          z
            .object({
              /** The article it appears in. */
              article: ref('articles'),
              /** The exact words, copied from the article (whitespace may differ). */
              quote: z.string().min(8, 'quote at least a few words, copied exactly from the article'),
              /** For a translated or back-translated article: the original's own words for this passage, and whether the translation changed the meaning. */
              original: z
                .object({
                  /** The original's words, copied exactly from the original (e.g. The Washington Post's English). */
                  text: z.string().min(1),
                  /** Did the translation change the meaning? `same`, `shifted` (emphasis or a detail), `changed`. */
                  meaning: z.enum(['same', 'shifted', 'changed']),
                  /** One sentence for readers on what differs. */
                  note: z.string().optional(),
                })
                .strict()
                .optional(),
            })
            .strict(),
        )
        .min(1, 'add at least one appearance: the article and the exact quote'),
      /** When the claim was made (at the precision known): the earliest appearance or the statement itself. */
      claimDate: partialDateSchema,
      /** When this check was first published. */
      published: dayDateSchema,
      /** When this check was last materially updated. */
      updated: dayDateSchema.optional(),
      /** Evidence for the verdict. Rated claims need two from different publishers with `url` and `archiveUrl`. */
      sources: z.array(SourceSchema).default([]),
      /** For `unsupported`: what evidence is missing and what would settle it. */
      evidenceGap: z.string().optional(),
      /** Every change to a published verdict or fact, dated. Never delete an entry. */
      corrections: z
        .array(
          z
            .object({
              /** When the correction was published. */
              date: dayDateSchema,
              /** What changed and why. */
              text: z.string().min(1),
              /** The verdict before the correction, when the verdict changed. */
              previousVerdict: verdictSchema.optional(),
            })
            .strict(),
        )
        .default([]),
      /** When this claim was last reviewed in full, and against which edition of the methodology. */
      reviewed: z
        .object({
          /** The day of the review. */
          date: dayDateSchema,
          /** The methodology edition applied (see METHODOLOGY_EDITION in src/consts.ts), e.g. `2026-12`. */
          methodology: z.coerce.string().regex(/^\d{4}-\d{2}$/, 'write the edition as YYYY-MM, e.g. 2026-12'),
        })
        .strict(),
      /** For a claim about a state's conduct: that state ("Ukraine"). A rated claim whose every source is that state's own is flagged. */
      aboutState: z.string().min(1).optional(),
      /** Other claims a reader should see next. */
      related: z.array(ref('claims')).default([]),
      /** People the claim is about (besides the claimant). */
      people: z.array(ref('people')).default([]),
      /** Events the claim refers to. */
      events: z.array(ref('events')).default([]),
    })
    .strict()
    .refine((c) => (c.kind === 'factual') === (c.verdict !== 'not-rated'), {
      message: 'factual claims take a verdict on the scale; opinions and predictions take `not-rated`',
      path: ['verdict'],
    })
    .refine((c) => c.verdict !== 'unsupported' || (c.evidenceGap ?? '').length > 0, {
      message: 'an `unsupported` verdict needs `evidenceGap`: say what evidence is missing',
      path: ['evidenceGap'],
    });

/** A claim's frontmatter. */
export type Claim = z.output<ReturnType<typeof makeClaimSchema>>;
