/**
 * The content collections, built from the one registry in
 * `src/schemas/collections.ts`. Editors write `content/`; the schemas say what
 * each file may contain; cross-collection rules (quotes, sources, dates,
 * references) are checked by `src/lib/content/rules.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_SCHEMAS } from './schemas/collections.ts';
import { ClaimTranslationSchema, EventTranslationSchema } from './schemas/translation.ts';
import { COLLECTION_NAMES, type CollectionName, type RefFactory } from './schemas/common.ts';

/** Where content lives; the benchmark points this at a generated corpus. */
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? './content';

const ref: RefFactory = (collection) => reference(collection) as ReturnType<RefFactory>;
const collection = (name: CollectionName) =>
  defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/${name}` }), schema: COLLECTION_SCHEMAS[name](ref) });

/** Translations live beside the entries they translate: content/translations/<locale>/<claims|events>/<id>.md. */
const translations = (folder: 'claims' | 'events', schema: typeof ClaimTranslationSchema | typeof EventTranslationSchema) =>
  defineCollection({ loader: glob({ pattern: `*/${folder}/*.md`, base: `${CONTENT_DIR}/translations` }), schema });

export const collections = {
  ...(Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as Record<
    CollectionName,
    ReturnType<typeof collection>
  >),
  claimTranslations: translations('claims', ClaimTranslationSchema),
  eventTranslations: translations('events', EventTranslationSchema),
};
