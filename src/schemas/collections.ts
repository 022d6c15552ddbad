/**
 * The collections registry: each collection of `content/` with its schema.
 * `src/content.config.ts` (Astro) and `src/lib/content/loader.ts` (the
 * stand-alone checker) both build from it, so a new collection is added here
 * once. The names themselves are `COLLECTION_NAMES` in `common.ts`.
 */
import type { z } from 'astro/zod';
import { makeArticleSchema, type Article } from './article.ts';
import { makeClaimSchema, type Claim } from './claim.ts';
import type { CollectionName, RefFactory } from './common.ts';
import { makeEventSchema, type Event } from './event.ts';
import { OutletSchema, type Outlet } from './outlet.ts';
import { PersonSchema, type Person } from './person.ts';

/** Each collection's schema, given the reference factory of its caller (Astro's `reference()` or `plainRef`). */
export const COLLECTION_SCHEMAS: Record<CollectionName, (ref: RefFactory) => z.ZodType> = {
  articles: makeArticleSchema,
  outlets: () => OutletSchema,
  people: () => PersonSchema,
  claims: makeClaimSchema,
  events: makeEventSchema,
};

/** The validated frontmatter of each collection. */
export interface CollectionData {
  articles: Article;
  outlets: Outlet;
  people: Person;
  claims: Claim;
  events: Event;
}
