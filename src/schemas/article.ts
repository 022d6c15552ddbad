/**
 * `content/articles/<id>.md`: one captured article with its provenance.
 * The body is the text as captured; text that is not part of the article
 * (donation appeals, aggregator buttons) sits inside a `:::not-article` directive.
 */
import { z } from 'astro/zod';
import { datedSchema, urlSchema, type RefFactory } from './common.ts';

/** The kinds of editorial note we attach to an article. */
export const NOTE_KINDS = [
  'ownership',
  'state-affiliation',
  'sanctions',
  'translation',
  'framing',
  'capture-artefact',
  'spelling',
  'sourcing',
  'dating',
] as const;

export const makeArticleSchema = (ref: RefFactory) =>
  z
    .object({
      /** The headline as captured. */
      title: z.string().min(1),
      /** The outlet that published the captured text. */
      outlet: ref('outlets'),
      /** The captured article's address. Leave out when not known for certain; explain in `urlNote`. */
      url: urlSchema.optional(),
      /** Why the URL is missing or how it was established: "Not in the capture; link to be confirmed." */
      urlNote: z.string().optional(),
      /** When the captured text was published, with certainty. */
      published: datedSchema,
      /** When it was last updated, if the capture says. */
      updated: datedSchema.optional(),
      /** Bylines as printed. Use `person` to link a byline to `content/people/`. */
      authors: z
        .array(
          z
            .object({
              /** The name as printed in the capture. */
              name: z.string().min(1),
              /** The correct spelling, when the capture misspells it. */
              correctName: z.string().optional(),
            })
            .strict(),
        )
        .default([]),
      /** Language of the captured text (BCP 47, e.g. "en"). */
      language: z.string().min(2),
      /** When the captured text is a translation: what it translates and who translated it. */
      translation: z
        .object({
          /** The outlet that published the original. */
          originalOutlet: ref('outlets'),
          /** The original's title, if known for certain. */
          originalTitle: z.string().optional(),
          /** The original's address, if known for certain. */
          originalUrl: urlSchema.optional(),
          /** The original's authors, correctly spelled. */
          originalAuthors: z.array(z.string()).default([]),
          /** Language of the original. */
          originalLanguage: z.string().min(2),
          /** The outlet that translated it. */
          translator: ref('outlets'),
          /** Languages the text passed through, in order: ["en", "ru", "en"]. */
          chain: z.array(z.string().min(2)).min(2),
          /** What we know and do not know about the chain. */
          note: z.string().optional(),
        })
        .strict()
        .optional(),
      /** The capture file this text was made from, kept byte for byte in `content/captures/`: e.g. "002_635f9e50a247f38f.txt". */
      seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'name the capture file in content/captures/, e.g. "002_635f9e50a247f38f.txt"'),
      /** The SHA-256 of that capture file (64 hex digits), so a changed capture is caught; `npm run new -- article` writes it. */
      captureSha256: z
        .string()
        .regex(
          /^[0-9a-f]{64}$/,
          "write the capture file's SHA-256 as 64 lower-case hex digits (npm run new -- article writes it; sha256sum prints it)",
        ),
      /** One neutral sentence saying what the article is. */
      summary: z.string().min(1),
      /** Legal notices the capture carries, verbatim, and whom each is attached to. */
      legalNotices: z
        .array(
          z
            .object({
              /** The notice exactly as published. */
              text: z.string().min(1),
              /** The footnote marker that links it to a name, e.g. "*" or "**". */
              marker: z.string().optional(),
              /** The name the notice is attached to in the text, e.g. "Mikhail Zygar". */
              attachedTo: z.string().min(1),
              /** Whether the marker really appears in the text next to a name. */
              anchoredInText: z.boolean(),
              /** The designation the notice refers to: "foreign agent", "undesirable organisation". */
              designation: z.string().min(1),
              /** Who made the designation. */
              authority: z.string().min(1),
              /** Where the designation applies. */
              jurisdiction: z.string().min(1),
              /** Our remark on the notice (e.g. a marker with no anchor). */
              note: z.string().optional(),
            })
            .strict(),
        )
        .default([]),
      /** Our own notes on the source: ownership, translation artefacts, framing, capture artefacts. */
      notes: z
        .array(
          z
            .object({
              /** What the note is about. */
              kind: z.enum(NOTE_KINDS),
              /** The note, one or two neutral sentences. */
              text: z.string().min(1),
            })
            .strict(),
        )
        .default([]),
    })
    .strict();

/** An article's frontmatter. */
export type Article = z.output<ReturnType<typeof makeArticleSchema>>;
