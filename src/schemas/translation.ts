/**
 * `content/translations/<locale>/claims/<id>.md` and `…/events/<id>.md`: an
 * editor's translation of one claim's or one event's text. English is the
 * source and stays authoritative; a translation records which English version
 * it renders (`source.hash`, see `src/lib/i18n/source-hash.ts`), so the build
 * can tell when the English has changed since. Quotations are never
 * translated in place: they stay as captured, and `quotes` gives our
 * translation beside them. The body is the translated analysis or description.
 */
import { z } from 'astro/zod';
import { dayDateSchema, verdictSchema } from './common.ts';

/** What English text a translation renders. */
const SourceVersionSchema = z
  .object({
    /** The hash of the English text translated (`npm run translation:hash -- <claims|events> <id>` prints it). */
    hash: z.coerce.string().regex(/^[0-9a-f]{12}$/, 'paste the 12-character hash printed by npm run translation:hash'),
    /** For claims: the verdict of the English version translated. A translation never shows another verdict. */
    verdict: verdictSchema.optional(),
  })
  .strict();

/** A translated claim. */
export const ClaimTranslationSchema = z
  .object({
    /** The English version this translates. */
    source: SourceVersionSchema,
    /** When the translation was made or last brought up to date. */
    translated: dayDateSchema,
    /** The claim restated neutrally, translated. */
    claim: z.string().min(1),
    /** The one-sentence conclusion, translated. */
    conclusion: z.string().min(1),
    /** The `evidenceGap`, translated (for unsupported claims). */
    evidenceGap: z.string().min(1).optional(),
    /** Our translation of each appearance's quote, in order; the quote itself stays as captured. */
    quotes: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A translated event. */
export const EventTranslationSchema = z
  .object({
    /** The English version this translates. */
    source: SourceVersionSchema,
    /** When the translation was made or last brought up to date. */
    translated: dayDateSchema,
    /** The event's title, translated. */
    title: z.string().min(1),
    /** The one- or two-sentence description, translated. */
    description: z.string().min(1),
  })
  .strict();

/** A translated claim's frontmatter. */
export type ClaimTranslation = z.output<typeof ClaimTranslationSchema>;
/** A translated event's frontmatter. */
export type EventTranslation = z.output<typeof EventTranslationSchema>;
