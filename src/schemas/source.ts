/**
 * A source a reader can use to repeat our work. Shared by claims and events.
 *
 * Never invent a URL: when the exact address is not known for certain, leave
 * `url` out and the page says "link to be confirmed". A claim rated on the
 * scale needs two sources from different publishers with `url` and `archiveUrl`
 * (enforced by `src/lib/integrity.ts`).
 */
import { z } from 'astro/zod';
import { partialDateSchema, urlSchema } from './common.ts';

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
    /** What this source shows, in one sentence. */
    note: z.string().optional(),
  })
  .strict();

/** A source as the pages receive it. */
export type Source = z.output<typeof SourceSchema>;
