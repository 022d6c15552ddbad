/**
 * `npm run check:content`: validates all of `content/` in seconds, without a
 * build, and prints every problem with the file, the field and the fix:
 * schemas, cross-file rules, `TODO` placeholders left by `npm run new`, and
 * the published record (no published claim URL lost, no verdict changed
 * without a correction; see CONTRIBUTING.md).
 *
 * Usage: node scripts/check-content.ts [content-dir] [--published dir] [--redirects file]
 * The published record is checked for `content/` (the default), or for any
 * directory when `--published` is given.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Snapshot } from '../src/lib/model/entry.ts';
import { loadAndCheck } from '../src/lib/content/loader.ts';
import { originSummary } from '../src/lib/content/sourcing-rules.ts';
import { formatProblems, partitionProblems, type Problem } from '../src/lib/content/problems.ts';
import { ENTRY_PATHS, isEntryPath } from '../src/lib/urls.ts';
import { permalinkProblems, unlistedUrls } from '../src/lib/guards/permalinks.ts';
import { REDIRECTS_FILE, renamedClaims } from '../src/lib/guards/redirects.ts';
import { unrecordedClaims, verdictProblems } from '../src/lib/guards/verdict-guard.ts';
import type { CollectionName } from '../src/schemas/common.ts';
import { contentIds, readPublished } from './built-site.ts';
import { findTodos } from './new.ts';

/** Where to find the published record; undefined skips those checks. */
export interface RecordPaths {
  /** The directory holding urls.txt and verdicts.json. */
  publishedDir: string;
  /** The redirects JSON. */
  redirectsFile: string;
}

/** Everything `check:content` reports for a content directory, and notes that are not failures. */
export function checkContent(dir: string, record?: RecordPaths): { problems: Problem[]; notes: string[]; snapshot: Snapshot } {
  const { snapshot, problems: found } = loadAndCheck(dir);
  const problems = withTodos(snapshot, found);
  const notes: string[] = [];
  if (record) {
    const published = readPublished('.', record.publishedDir, record.redirectsFile);
    const ids = contentIds(dir);
    const live = new Set(Object.entries(ids).flatMap(([c, list]) => list.map((id) => ENTRY_PATHS[c as CollectionName](id))));
    problems.push(
      ...published.problems,
      ...permalinkProblems({ published: published.urls, live, redirects: published.redirects, covers: isEntryPath }),
      ...verdictProblems(published.verdicts, snapshot.claims, renamedClaims(published.redirects)),
    );
    const newUrls = unlistedUrls(published.urls, live).length;
    const newClaims = unrecordedClaims(published.verdicts, snapshot.claims).length;
    if (newUrls + newClaims > 0) {
      notes.push(
        `Not yet in ${record.publishedDir}/: ${newUrls} content page${newUrls === 1 ? '' : 's'}, ${newClaims} claim verdict${newClaims === 1 ? '' : 's'}. Run npm run publish:lists and commit ${record.publishedDir}/ before merging.`,
      );
    }
  }
  return { problems, notes, snapshot };
}

/**
 * Adds a problem for each `TODO` placeholder and drops other complaints about
 * the same field, because "replace the placeholder" is the fix for both.
 */
function withTodos(snapshot: Snapshot, problems: Problem[]): Problem[] {
  const entries: { file: string }[] = Object.values(snapshot).flat();
  const files = new Set([...problems.map((p) => p.file), ...entries.map((e) => e.file)]);
  const todos: Problem[] = [];
  const covered = new Map<string, string[]>();
  for (const file of files) {
    if (!file.endsWith('.md')) continue;
    const found = findTodos(readFileSync(file, 'utf8'));
    if (found.length > 0)
      covered.set(
        file,
        found.map((t) => t.field),
      );
    for (const t of found)
      todos.push({ file, field: t.field, message: 'still a TODO placeholder from npm run new', fix: `replace the TODO with ${t.hint}` });
  }
  // A body still holding its placeholder cannot match its capture yet: the TODO says so.
  const isCovered = (p: Problem) =>
    (covered.get(p.file) ?? []).some(
      (f) =>
        p.field === f || p.field.startsWith(`${f}.`) || p.field.startsWith(`${f}[`) || (p.field === '(body)' && f.startsWith('(body)')),
    );
  return [...problems.filter((p) => !isCovered(p)), ...todos];
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { published: { type: 'string' }, redirects: { type: 'string' } },
  });
  const dir = positionals[0] ?? process.env['CONTENT_DIR'] ?? 'content';
  const publishedDir = values.published ?? (dir.replace(/\/$/, '') === 'content' ? 'published' : undefined);
  const record = publishedDir === undefined ? undefined : { publishedDir, redirectsFile: values.redirects ?? REDIRECTS_FILE };
  const started = performance.now();
  const { problems, notes, snapshot } = checkContent(dir, record);
  const counts = Object.entries(snapshot)
    .map(([name, list]) => `${list.length} ${name}`)
    .join(', ');
  const ms = Math.round(performance.now() - started);
  const { errors, warnings } = partitionProblems(problems);
  if (warnings.length > 0) console.warn(formatProblems(warnings));
  if (errors.length > 0) {
    console.error(formatProblems(errors));
    console.error(`\nChecked ${counts} in ${ms} ms.`);
    for (const note of notes) console.error(note);
    process.exit(1);
  }
  console.log(`Content OK: ${counts} (${ms} ms).`);
  const o = originSummary(snapshot.claims);
  console.log(
    `Sources: ${o.rated} rated claims, each with at least ${o.fewest} independent origin${o.fewest === 1 ? '' : 's'}${o.onOwnRecord > 0 ? ` (${o.onOwnRecord} of them resting on the speaker's own record)` : ''}; ${o.relays} sources recorded as relaying another.`,
  );
  for (const note of notes) console.log(note);
}

if (import.meta.main) main();
