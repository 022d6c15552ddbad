/**
 * A source a reader can use to repeat our work. Shared by claims and events.
 *
 * Never invent a URL: when the exact address is not known for certain, leave
 * `url` out and the page says "link to be confirmed". A claim rated on the
 * scale needs two sources from different publishers with `url` and `archiveUrl`
 * (enforced by `src/lib/content/rules.ts`).
 */
import { z } from 'astro/zod';
import { partialDateSchema, urlSchema } from './common.ts';

/** Ways one source can relay another: all make the two one origin. */
export const RELATIONS = ['wire-copy', 'reprint', 'aggregator', 'translation', 'excerpt'] as const;

export const SourceSchema = z
  .object({
    /** Who published it: "U.S. Department of Justice", "Reuters", "Kremlin (kremlin.ru)". */
    publisher: z.string().min(1, 'name the publisher, e.g. "Reuters"'),
    /** The document's or article's own title. */
    title: z.string().min(1, "give the source's own title"),
    /** When it was published, at the precision known. */
    date: partialDateSchema,
    /** The address of the original. Leave out when not known for certain: the page says "link to be confirmed". */
    url: urlSchema.optional(),
    /** An archived copy (e.g. the Wayback Machine address for `url`), so the source survives link rot. */
    archiveUrl: urlSchema.optional(),
    /** True for a primary source: a transcript, an official record, the interview itself. */
    primary: z.boolean().default(false),
    /**
     * True when this is the own published record of the words the claim is about, put out by
     * whoever spoke or wrote them: a transcript on the speaker's official site, their own post or
     * essay, an outlet's own headline, the official text of a law. Such a record settles what it
     * says on its own (see /methodology/#sources); an account by someone else (an interviewer's
     * write-up, a report) never does.
     */
    ownRecord: z.boolean().default(false),
    /** The origin this source relays, when it is not its own reporting: the wire service it reprints ("AFP"), the outlet an aggregator copies, the original a translation renders. Shown to readers as "via AFP"; sources are counted as independent by origin. */
    via: z.string().min(1).optional(),
    /** How this source relays `via`. */
    relation: z.enum(RELATIONS, { error: `use one of: ${RELATIONS.join(', ')}` }).optional(),
    /** The state that owns or controls the publisher (government sites, state media): "Russia", "Ukraine", "United States". */
    stateAffiliation: z.string().min(1).optional(),
    /** What this source shows, in one sentence. */
    note: z.string().optional(),
  })
  .strict()
  .refine((s) => s.relation === undefined || s.via !== undefined, {
    message: '`relation` says how a source relays another: name that origin in `via` (e.g. via: AFP)',
    path: ['via'],
  });

/** A source as the pages receive it. */
export type Source = z.output<typeof SourceSchema>;
