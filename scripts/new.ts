/**
 * `npm run new -- <kind> …`: creates a content file with every field it needs
 * and a comment per field, placeholders marked `TODO`. `npm run check:content`
 * lists the placeholders left (file, field, what to write).
 *
 *   npm run new -- article <outlet> <slug> <capture file>
 *                                              content/articles/<slug>.md, the capture copied to content/captures/
 *   npm run new -- claim <article> <slug>      content/claims/<slug>.md
 *   npm run new -- event <slug> [YYYY-MM-DD]   content/events/<slug>.md
 *   npm run new -- outlet <slug>               content/outlets/<slug>.md
 *   npm run new -- person <slug>               content/people/<slug>.md
 *   npm run new -- correction <claim>          adds a dated correction to content/claims/<claim>.md
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { idSchema, type CollectionName } from '../src/schemas/common.ts';
import { splitFrontmatter } from '../src/lib/content/loader.ts';
import { ENTRY_PATHS } from '../src/lib/urls.ts';
import { parseUrlList } from '../src/lib/guards/url-list.ts';
import { articleTemplate, claimTemplate, correctionItem, eventTemplate, outletTemplate, personTemplate } from './new-templates.ts';
import { addCapture, CaptureError } from './new-capture.ts';

export { findTodos, type Todo } from './todos.ts';

/** What a template needs besides the slug. */
export interface TemplateContext {
  /** Today, `YYYY-MM-DD`: a new check's `published` date and a correction's date. */
  today: string;
  /** The outlet of a new article, or of the article a new claim quotes. */
  outlet?: string;
  /** The article a new claim quotes. */
  article?: string;
  /** The date of that article, as a hint for `claimDate`. */
  articleDate?: string;
  /** The date of a new event, when given. */
  date?: string;
  /** A new article's capture file name in content/captures/. */
  seed?: string;
  /** That capture's SHA-256. */
  captureSha256?: string;
}

/** A kind of file `npm run new` creates. */
export type Kind = 'article' | 'claim' | 'event' | 'outlet' | 'person';

/** The templates by kind: each returns the whole file. */
export const TEMPLATES: Record<Kind, (slug: string, ctx: TemplateContext) => string> = {
  article: articleTemplate,
  claim: claimTemplate,
  event: eventTemplate,
  outlet: outletTemplate,
  person: personTemplate,
};

const DIRS: Record<Kind, CollectionName> = { article: 'articles', claim: 'claims', event: 'events', outlet: 'outlets', person: 'people' };

const USAGE = `Usage:
  npm run new -- article <outlet> <slug> <capture file>
  npm run new -- claim <article> <slug>
  npm run new -- event <slug> [YYYY-MM-DD]
  npm run new -- outlet <slug>
  npm run new -- person <slug>
  npm run new -- correction <claim>`;

/** A mistake in the command line, shown to the maintainer as is. */
export class UsageError extends Error {}

/** Runs one command; returns the path it wrote. Throws `UsageError` for a wrong command. */
export function runNew(args: readonly string[], options: { contentDir: string; publishedDir: string; today: string }): string {
  const [kind, ...rest] = args;
  const { contentDir, today } = options;
  if (kind === 'correction') return addCorrection(contentDir, need(rest[0], 'the claim id'), today);
  if (kind === undefined || !Object.hasOwn(TEMPLATES, kind)) throw new UsageError(USAGE);
  const k = kind as Kind;
  const ctx: TemplateContext = { today };
  let slug: string;
  if (k === 'article') {
    ctx.outlet = existing(contentDir, 'outlets', need(rest[0], 'the outlet id'), 'outlet');
    slug = need(rest[1], 'the new article id');
    const capture = need(rest[2], 'the capture file (the captured text the article is made from)');
    checkNewId(slug, 'articles', join(contentDir, 'articles', `${slug}.md`), options.publishedDir);
    const { name, sha256 } = captured(contentDir, capture);
    Object.assign(ctx, { seed: name, captureSha256: sha256 });
  } else if (k === 'claim') {
    ctx.article = existing(contentDir, 'articles', need(rest[0], 'the article id'), 'article');
    Object.assign(ctx, articleFacts(join(contentDir, 'articles', `${ctx.article}.md`)));
    slug = need(rest[1], 'the new claim id');
  } else {
    slug = need(rest[0], `the new ${k} id`);
    if (k === 'event' && rest[1] !== undefined) ctx.date = rest[1];
  }
  const file = join(contentDir, DIRS[k], `${slug}.md`);
  checkNewId(slug, DIRS[k], file, options.publishedDir);
  writeFileSync(file, TEMPLATES[k](slug, ctx), { flag: 'wx' });
  return file;
}

function captured(contentDir: string, file: string): { name: string; sha256: string } {
  try {
    return addCapture(contentDir, file);
  } catch (error) {
    throw error instanceof CaptureError ? new UsageError(error.message) : error;
  }
}

function need(value: string | undefined, what: string): string {
  if (value === undefined || value === '') throw new UsageError(`Missing ${what}.\n\n${USAGE}`);
  return value;
}

function existing(contentDir: string, collection: CollectionName, id: string, what: string): string {
  if (existsSync(join(contentDir, collection, `${id}.md`))) return id;
  const hint = collection === 'outlets' ? ` Create it first: npm run new -- outlet ${id}` : '';
  throw new UsageError(`There is no ${what} "${id}" (no ${contentDir}/${collection}/${id}.md).${hint}`);
}

/** A new id must be kebab-case, unused, and never published before (ids are never reused). */
function checkNewId(slug: string, collection: CollectionName, file: string, publishedDir: string): void {
  const shape = idSchema.safeParse(slug);
  if (!shape.success) throw new UsageError(`"${slug}" cannot be an id: ${shape.error.issues[0]?.message ?? 'use kebab-case'}.`);
  if (existsSync(file)) throw new UsageError(`${file} already exists: ids are unique. Pick another id.`);
  const urls = join(publishedDir, 'urls.txt');
  const url = ENTRY_PATHS[collection](slug);
  if (existsSync(urls) && parseUrlList(readFileSync(urls, 'utf8')).includes(url)) {
    throw new UsageError(`${url} was published before (published/urls.txt): ids are never reused. Pick another id.`);
  }
}

function articleFacts(file: string): Partial<TemplateContext> {
  const yaml = splitFrontmatter(readFileSync(file, 'utf8'))?.yaml ?? '';
  const data = (parseYaml(yaml) ?? {}) as { outlet?: unknown; published?: { date?: unknown } };
  const date = data.published?.date;
  return {
    ...(typeof data.outlet === 'string' ? { outlet: data.outlet } : {}),
    ...(date !== undefined ? { articleDate: date instanceof Date ? date.toISOString().slice(0, 10) : String(date) } : {}),
  };
}

/**
 * Appends a correction to a claim's `corrections`, keeping the rest of the
 * file byte for byte. `previousVerdict` is filled with the current verdict:
 * the maintainer then changes `verdict` (or deletes the line when only a fact changed).
 */
export function addCorrection(contentDir: string, claim: string, today: string): string {
  const file = join(contentDir, 'claims', `${claim}.md`);
  if (!existsSync(file)) throw new UsageError(`There is no claim "${claim}" (no ${file}).`);
  const source = readFileSync(file, 'utf8');
  const parts = splitFrontmatter(source);
  if (!parts) throw new UsageError(`${file} has no frontmatter.`);
  const data = (parseYaml(parts.yaml) ?? {}) as { verdict?: unknown };
  const verdict = data.verdict === false ? 'false' : String(data.verdict ?? 'TODO');
  const yaml = insertCorrection(parts.yaml, correctionItem(today, verdict));
  writeFileSync(
    file,
    source.replace(parts.yaml, () => yaml),
  );
  return file;
}

/** Inserts a correction item (written at indent 2) into the `corrections:` block of a frontmatter. */
export function insertCorrection(yaml: string, item: string): string {
  const lines = yaml.split('\n');
  const at = lines.findIndex((l) => /^corrections:/.test(l));
  if (at === -1) return `${yaml}\ncorrections:\n${item}`;
  const rest = lines[at]!.slice('corrections:'.length).trim();
  if (rest === '[]') return [...lines.slice(0, at), 'corrections:', item, ...lines.slice(at + 1)].join('\n');
  if (rest !== '')
    throw new UsageError('`corrections` is written on one line; rewrite it as a list (one "- date: …" item per correction) and run again.');
  let end = at + 1;
  while (end < lines.length && /^(\s|-|#|$)/.test(lines[end]!)) end++;
  while (end > at + 1 && lines[end - 1]!.trim() === '') end--;
  const indent = /^(\s*)-/.exec(lines[at + 1] ?? '')?.[1] ?? '  ';
  const shifted = item
    .split('\n')
    .map((l) => indent + l.slice(2))
    .join('\n');
  return [...lines.slice(0, end), shifted, ...lines.slice(end)].join('\n');
}

function main(): void {
  const contentDir = process.env['CONTENT_DIR'] ?? 'content';
  try {
    const args = process.argv.slice(2);
    const file = runNew(args, { contentDir, publishedDir: 'published', today: new Date().toISOString().slice(0, 10) });
    const done =
      args[0] === 'correction' ? `Added a correction to ${file}; now change \`verdict\` if the verdict changed.` : `Created ${file}.`;
    console.log(`${done}\nReplace each TODO; npm run check:content lists the ones left.`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

if (import.meta.main) main();
