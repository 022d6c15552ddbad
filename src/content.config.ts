/**
 * The content collections, built from the one registry in
 * `src/schemas/collections.ts`. Editors write `content/`; the schemas say what
 * each file may contain; cross-collection rules (quotes, sources, dates,
 * references) are checked by `src/lib/content/rules.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTION_SCHEMAS } from './schemas/collections.ts';
import { COLLECTION_NAMES, type CollectionName, type RefFactory } from './schemas/common.ts';

/** Where content lives; the benchmark points this at a generated corpus. */
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? './content';

const ref: RefFactory = (collection) => reference(collection) as ReturnType<RefFactory>;
const collection = (name: CollectionName) =>
  defineCollection({ loader: glob({ pattern: '*.md', base: `${CONTENT_DIR}/${name}` }), schema: COLLECTION_SCHEMAS[name](ref) });

export const collections = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, collection(name)])) as Record<
  CollectionName,
  ReturnType<typeof collection>
>;
