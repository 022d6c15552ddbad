/**
 * `content/events/<id>.md`: a dated event the articles refer to or depend on.
 * The body (optional) holds a longer neutral description.
 */
import { z } from 'astro/zod';
import { partialDateSchema, type RefFactory } from './common.ts';
import { SourceSchema } from './source.ts';

export const makeEventSchema = (ref: RefFactory) =>
  z
    .object({
      /** A short neutral title: "Putin speaks at the Valdai Club". */
      title: z.string().min(1),
      /** When it happened, written at the precision known: `2024-11-07`, `2024-12`. */
      date: partialDateSchema,
      /** True when even that precision is approximate ("about 3 January 2025"). */
      approximate: z.boolean().default(false),
      /** One or two neutral sentences. */
      description: z.string().min(1),
      /** Where a reader can check it: at least one. */
      sources: z.array(SourceSchema).min(1, 'add at least one source: publisher, title, date (and url when known)'),
      /** People involved. */
      people: z.array(ref('people')).default([]),
      /** Articles that refer to it. */
      articles: z.array(ref('articles')).default([]),
      /** Claims that depend on it. */
      claims: z.array(ref('claims')).default([]),
    })
    .strict();

/** An event's frontmatter. */
export type Event = z.output<ReturnType<typeof makeEventSchema>>;
