/**
 * `content/people/<id>.md`: a person named in a claim or quoted by an article.
 * Aliases carry every transliteration so search finds all of them.
 */
import { z } from 'astro/zod';
import { designationSchema } from './common.ts';

export const PersonSchema = z
  .object({
    /** The name in its usual English form: "Konstantin Malofeyev". */
    name: z.string().min(1),
    /** The name as each edition spells it: `{ uk: "Костянтин Малофєєв", ru: "Константин Малофеев" }`. Search finds these too. */
    localNames: z
      .object({
        /** The usual Ukrainian spelling. */
        uk: z.string().min(1).optional(),
        /** The usual Russian spelling. */
        ru: z.string().min(1).optional(),
      })
      .strict()
      .default({}),
    /** Other spellings and transliterations, including misspellings found in the articles: "Malofeev", "Мaлофеев". */
    aliases: z.array(z.string()).default([]),
    /** Role at the time of the articles: "Vice Speaker of Russia's Federation Council". */
    role: z.string().min(1),
    /** Country the person is associated with. */
    country: z.string().optional(),
    /** Designations and sanctions (e.g. Russian "foreign agent" listings, US/EU sanctions). */
    designations: z.array(designationSchema).default([]),
  })
  .strict();

/** A person's frontmatter. */
export type Person = z.output<typeof PersonSchema>;
