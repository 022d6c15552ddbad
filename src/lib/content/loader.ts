/**
 * Loads `content/` without Astro: for `npm run check:content`, the unit tests
 * and the benchmarks. Uses the same schemas as the site (with plain
 * references) and reports every problem, not just the first: one per
 * mistake, written for people (`yaml-errors.ts`, `schema-messages.ts`).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTION_SCHEMAS } from '../../schemas/collections.ts';
import { COLLECTION_NAMES, idSchema, plainRef, type CollectionName } from '../../schemas/common.ts';
import type { Entry, Snapshot } from '../model/entry.ts';
import type { Problem } from './problems.ts';
import { CAPTURES_FOLDER, capturesIn } from './captures.ts';
import { checkIntegrity, type Unloaded } from './rules.ts';
import { schemaProblems, type SchemaContext } from './schema-messages.ts';
import { loadTranslations, translationProblems, type Translations } from './translations.ts';
import { catalogueProblems } from '../i18n/messages.ts';
import { yamlProblem } from './yaml-errors.ts';

/** Each collection's schema, with plain references. */
export const SCHEMAS = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTION_SCHEMAS[name](plainRef)])) as Record<
  CollectionName,
  z.ZodType
>;

/** The singular noun of each collection: its `npm run new` kind and its schema module's name. */
const KINDS: Record<CollectionName, string> = { articles: 'article', claims: 'claim', events: 'event', outlets: 'outlet', people: 'person' };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const m = FRONTMATTER.exec(source);
  if (!m) return undefined;
  return { yaml: m[1] ?? '', body: source.slice(m[0].length) };
}

/** What loading `content/` found: the entries that passed, the problems, and the files that did not load. */
export interface Loaded {
  /** Every entry that passed its schema. */
  snapshot: Snapshot;
  /** One problem per mistake found while loading. */
  problems: Problem[];
  /** Files with a valid id that failed to load, by collection: still known by their id. */
  unloaded: Record<CollectionName, Unloaded[]>;
}

/** Loads and validates every collection under `contentDir`. */
export function loadContent(contentDir: string, root = process.cwd()): Loaded {
  const problems: Problem[] = [];
  const unloaded = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, [] as Unloaded[]])) as Record<CollectionName, Unloaded[]>;
  const snapshot = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, loadCollection(contentDir, name, root, problems, unloaded[name])]),
  ) as Snapshot;
  return { snapshot, problems, unloaded };
}

function loadCollection<T>(contentDir: string, name: CollectionName, root: string, problems: Problem[], unloaded: Unloaded[]): Entry<T>[] {
  const dir = join(contentDir, name);
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  const ids = new Set(names.map((n) => n.slice(0, -3)).filter((id) => idSchema.safeParse(id).success));
  const ctx = (file: string): SchemaContext => ({
    file,
    kind: KINDS[name],
    schemaFile: `src/schemas/${KINDS[name]}.ts`,
    scaffold: `npm run new -- ${KINDS[name]}`,
  });
  const entries: Entry<T>[] = [];
  for (const fileName of names) {
    const file = relative(root, join(dir, fileName));
    const id = fileName.slice(0, -3);
    if (!ids.has(id)) {
      problems.push(badIdProblem(id, file, ids));
      continue;
    }
    const source = readFileSync(join(dir, fileName), 'utf8');
    const entry = parseEntry<T>(source, id, SCHEMAS[name], ctx(file), problems);
    if (entry) entries.push(entry);
    else unloaded.push({ id, source });
  }
  return entries;
}

/** Astro turns a file name into an id by slugifying it; two files can end up with one id. */
function slugOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function badIdProblem(id: string, file: string, ids: Set<string>): Problem {
  const slug = slugOf(id);
  if (ids.has(slug)) {
    return {
      file,
      field: '(file name)',
      value: id,
      message: `duplicate id: this file would get the id "${slug}", which ${slug}.md already has`,
      fix: 'ids are unique and never reused: merge the two files or give this one another kebab-case name',
    };
  }
  return {
    file,
    field: '(file name)',
    value: id,
    message: `"${id}" is not a valid id: the file name is the permanent id and URL`,
    fix: `rename the file to ASCII kebab-case, e.g. ${slug || 'tokayev-russia-invincible'}.md`,
  };
}

function parseEntry<T>(source: string, id: string, schema: z.ZodType, ctx: SchemaContext, problems: Problem[]): Entry<T> | undefined {
  const parts = splitFrontmatter(source);
  if (!parts) {
    problems.push({ file: ctx.file, field: '(frontmatter)', message: 'no frontmatter found', fix: 'start the file with a YAML block between two "---" lines' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parseYaml(parts.yaml) ?? {};
  } catch (error) {
    problems.push(yamlProblem(ctx.file, parts.yaml, error));
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...schemaProblems(result.error.issues, raw, schema, ctx));
    return undefined;
  }
  return { id, file: ctx.file, data: result.data as T, body: parts.body };
}

/** Loads `contentDir` and its translations and runs every cross-file rule: what `check:content` and the content tests report. */
export function loadAndCheck(contentDir: string, root = process.cwd()): { snapshot: Snapshot; translations: Translations; problems: Problem[] } {
  const { snapshot, problems, unloaded } = loadContent(contentDir, root);
  const captures = capturesIn(join(contentDir, CAPTURES_FOLDER), relative(root, join(contentDir, CAPTURES_FOLDER)) || CAPTURES_FOLDER);
  const integrity = checkIntegrity(snapshot, { captures, unloaded });
  const { translations, problems: translationFiles } = loadTranslations(contentDir, root);
  // A translation is compared with its English once the English is free of errors: until then the English's problem is the one to fix.
  const broken = new Set([...problems, ...integrity].filter((p) => p.severity !== 'warning').map((p) => p.file));
  const settled = (collection: 'claims' | 'events') => {
    const unsettled = new Set([...unloaded[collection].map((u) => u.id), ...snapshot[collection].filter((e) => broken.has(e.file)).map((e) => e.id)]);
    return (t: { id: string }) => !unsettled.has(t.id);
  };
  const checkable = { claims: translations.claims.filter(settled('claims')), events: translations.events.filter(settled('events')) };
  return { snapshot, translations, problems: [...problems, ...integrity, ...translationFiles, ...translationProblems(checkable, snapshot), ...catalogueProblems()] };
}
