/**
 * The content collections. Editors write `content/`; the schemas in
 * `src/schemas/` say what each file may contain. Cross-collection rules
 * (quotes, sources, dates, references) are checked by `src/lib/integrity.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { makeArticleSchema } from './schemas/article.ts';
import { makeClaimSchema } from './schemas/claim.ts';
import { type RefFactory } from './schemas/common.ts';
import { makeEventSchema } from './schemas/event.ts';
import { OutletSchema } from './schemas/outlet.ts';
import { PersonSchema } from './schemas/person.ts';

/** Where content lives; the benchmark points this at a generated corpus. */
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? './content';

const ref: RefFactory = (collection) => reference(collection) as ReturnType<RefFactory>;
const md = (dir: string) => glob({ pattern: '*.md', base: `${CONTENT_DIR}/${dir}` });

export const collections = {
  articles: defineCollection({ loader: md('articles'), schema: makeArticleSchema(ref) }),
  outlets: defineCollection({ loader: md('outlets'), schema: OutletSchema }),
  people: defineCollection({ loader: md('people'), schema: PersonSchema }),
  claims: defineCollection({ loader: md('claims'), schema: makeClaimSchema(ref) }),
  events: defineCollection({ loader: md('events'), schema: makeEventSchema(ref) }),
};
