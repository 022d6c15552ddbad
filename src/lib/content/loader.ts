/**
 * Loads `content/` without Astro: for `npm run check:content`, the unit tests
 * and the benchmarks. Uses the same schemas as the site (with plain
 * references) and reports every problem, not just the first.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { COLLECTION_SCHEMAS } from '../../schemas/collections.ts';
import { COLLECTION_NAMES, idSchema, plainRef, type CollectionName } from '../../schemas/common.ts';
import type { Entry, Snapshot } from '../model/entry.ts';
import { fieldPath, type Problem } from './problems.ts';
import { checkIntegrity } from './rules.ts';
import { loadTranslations, translationProblems, type Translations } from './translations.ts';

/** Each collection's schema, with plain references. */
export const SCHEMAS = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, COLLECTION_SCHEMAS[name](plainRef)])) as Record<
  CollectionName,
  z.ZodType
>;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML frontmatter and body. */
export function splitFrontmatter(source: string): { yaml: string; body: string } | undefined {
  const m = FRONTMATTER.exec(source);
  if (!m) return undefined;
  return { yaml: m[1] ?? '', body: source.slice(m[0].length) };
}

/** Loads and validates every collection under `contentDir`. */
export function loadContent(contentDir: string, root = process.cwd()): { snapshot: Snapshot; problems: Problem[] } {
  const problems: Problem[] = [];
  const snapshot = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, loadCollection(join(contentDir, name), SCHEMAS[name], root, problems)]),
  ) as Snapshot;
  return { snapshot, problems };
}

function loadCollection<T>(dir: string, schema: z.ZodType, root: string, problems: Problem[]): Entry<T>[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir).filter((n) => n.endsWith('.md')).sort();
  const ids = new Set(names.map((n) => n.slice(0, -3)).filter((id) => idSchema.safeParse(id).success));
  const entries: Entry<T>[] = [];
  for (const name of names) {
    const file = relative(root, join(dir, name));
    const id = name.slice(0, -3);
    if (!ids.has(id)) {
      problems.push(badIdProblem(id, file, ids));
      continue;
    }
    const entry = parseEntry<T>(readFileSync(join(dir, name), 'utf8'), id, file, schema, problems);
    if (entry) entries.push(entry);
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
      message: `duplicate id: this file would get the id "${slug}", which ${slug}.md already has`,
      fix: 'ids are unique and never reused: merge the two files or give this one another kebab-case name',
    };
  }
  return {
    file,
    field: '(file name)',
    message: `"${id}" is not a valid id: the file name is the permanent id and URL`,
    fix: `rename the file to ASCII kebab-case, e.g. ${slug || 'tokayev-russia-invincible'}.md`,
  };
}

function parseEntry<T>(source: string, id: string, file: string, schema: z.ZodType, problems: Problem[]): Entry<T> | undefined {
  const parts = splitFrontmatter(source);
  if (!parts) {
    problems.push({ file, field: '(frontmatter)', message: 'no frontmatter found', fix: 'start the file with a YAML block between two "---" lines' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parseYaml(parts.yaml) ?? {};
  } catch (error) {
    problems.push({ file, field: '(frontmatter)', message: `YAML does not parse: ${(error as Error).message.split('\n')[0]}`, fix: 'check indentation and quote values that contain ": " or start with a symbol' });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.push({ file, field: fieldPath(issue.path), message: issue.message, fix: fixFor(issue) });
    }
    return undefined;
  }
  return { id, file, data: result.data as T, body: parts.body };
}

function fixFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'unrecognized_keys') return `remove or rename ${issue.keys.map((k) => `"${k}"`).join(', ')}: see the field list in src/schemas/`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'add this required field (see src/schemas/ for what it holds)';
  return undefined;
}

/** Loads `contentDir` and its translations and runs every cross-file rule: what `check:content` and the content tests report. */
export function loadAndCheck(contentDir: string, root = process.cwd()): { snapshot: Snapshot; translations: Translations; problems: Problem[] } {
  const { snapshot, problems } = loadContent(contentDir, root);
  const { translations, problems: translationFiles } = loadTranslations(contentDir, root);
  return { snapshot, translations, problems: [...problems, ...checkIntegrity(snapshot), ...translationFiles, ...translationProblems(translations, snapshot)] };
}
