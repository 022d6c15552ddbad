/**
 * `content/outlets/<id>.md`: a news outlet, with who owns it and how it is designated.
 * The body (optional) holds longer editorial notes.
 */
import { z } from 'astro/zod';
import { designationSchema, urlSchema } from './common.ts';

export const OutletSchema = z
  .object({
    /** The outlet's name as it presents itself: "The Moscow Times". */
    name: z.string().min(1),
    /** Other names and spellings readers search for: "MT", "ИноСМИ", "Russia Today". */
    aliases: z.array(z.string()).default([]),
    /** The outlet's home page. */
    homepage: urlSchema.optional(),
    /** Country where it is based (or where it was based before exile). */
    country: z.string().min(1),
    /** Who owns and funds it, neutrally stated. */
    ownership: z.string().min(1),
    /** Relation to a state: `state-owned`, `state-funded`, `independent`, `private`. */
    stateAffiliation: z.enum(['state-owned', 'state-funded', 'independent', 'private']),
    /** The state it is affiliated with, when `stateAffiliation` is state-owned or state-funded. */
    affiliatedState: z.string().optional(),
    /** Legal designations and sanctions with dates and who issued them. */
    designations: z.array(designationSchema).default([]),
    /** Short editorial notes a reader should know when weighing this outlet. */
    notes: z.array(z.string()).default([]),
  })
  .strict()
  .refine((o) => o.stateAffiliation === 'independent' || o.stateAffiliation === 'private' || o.affiliatedState, {
    message: 'a state-owned or state-funded outlet needs `affiliatedState`, e.g. "Russia"',
    path: ['affiliatedState'],
  });

/** An outlet's frontmatter. */
export type Outlet = z.output<typeof OutletSchema>;
