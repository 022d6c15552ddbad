/**
 * Rules that span files, which a per-file schema cannot see: references
 * resolve, quotes occur in their articles, articles match their captures,
 * rated claims have two independent sources, dates are in order, every
 * article has a claim. Pure: takes a snapshot of all entries (and how to read
 * the captures), returns every problem found (never just the first).
 *
 * One mistake, one message: a file that failed its schema is still known by
 * its id (references to it resolve) and the rules that need its data skip it.
 */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/common.ts';
import type { Entry, Snapshot } from '../model/entry.ts';
import { normalizeWhitespace } from '../model/quotes.ts';
import type { Problem } from './problems.ts';
import { articleText } from './article-text.ts';
import { captureProblems, captureText, type Captures } from './captures.ts';
import { claimDateProblems } from './claim-dates.ts';
import { nearestPassage } from './nearest-passage.ts';
import { likelyMeant, referenceChecker, type KnownIds, type RefCheck } from './references.ts';
import { sourcingProblems } from './sourcing-rules.ts';

/** An article's plain text, which quotes are checked against. */
export type ArticleText = (article: Entry<Article>) => string;

/** A file that exists but did not load (its YAML or its schema failed): known by id, its data unknown. */
export interface Unloaded {
  /** The id: the file name without `.md`. */
  id: string;
  /** The file's whole text, to tell which ids it mentions. */
  source: string;
}

/** What the rules need besides the snapshot. */
export interface IntegrityOptions {
  /** The capture files the articles were made from. */
  captures: Captures;
  /** Files that failed to load, by collection; their problems are already reported. */
  unloaded?: Partial<Record<CollectionName, readonly Unloaded[]>>;
  /** Today, `YYYY-MM-DD`: no correction is dated after it. */
  today?: string;
  /** How to read an article's text (the default parses its Markdown like the page does). */
  text?: ArticleText;
}

/** Runs every cross-file rule and returns all problems (errors and warnings). */
export function checkIntegrity(snap: Snapshot, options: IntegrityOptions): Problem[] {
  const text = options.text ?? articleText;
  const unloaded = options.unloaded ?? {};
  const known = Object.fromEntries(
    COLLECTION_NAMES.map((name) => [name, new Set([...snap[name].map((e) => e.id), ...(unloaded[name] ?? []).map((u) => u.id)])]),
  ) as Record<CollectionName, Set<string>>;
  const problems: Problem[] = [];
  const ref = referenceChecker(known, problems);
  problems.push(...fileNameProblems(snap));
  // Normalise each article once, not once per claim: linear in content size.
  const texts = new Map(snap.articles.map((a) => [a.id, normalizeWhitespace(text(a))]));
  // Articles whose body no longer matches its capture: a quote that is in the capture is not blamed for it.
  const drifted = new Map<string, string>();
  for (const a of snap.articles) {
    checkArticle(a, ref, problems);
    const found = captureProblems(a, normalizeWhitespace(`${a.data.title}\n${texts.get(a.id) ?? ''}`), options.captures);
    if (found.some((p) => p.field === '(body)')) drifted.set(a.id, captureText(a, options.captures) ?? '');
    problems.push(...found);
  }
  const articleDates = new Map(snap.articles.map((a) => [a.id, a.data.published.date]));
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  for (const c of snap.claims) {
    checkClaim(c, { texts, drifted }, ref, problems);
    problems.push(...claimDateProblems(c, articleDates, today), ...sourcingProblems(c));
  }
  for (const e of snap.events) checkEvent(e, ref);
  problems.push(...articlesWithoutClaims(snap, known, unloaded.claims ?? []));
  return problems;
}

/** The file name is the id: Astro slugifies other names, which can silently merge two files into one id. */
function fileNameProblems(snap: Snapshot): Problem[] {
  const all = COLLECTION_NAMES.flatMap((name): Entry<unknown>[] => snap[name]);
  return all
    .filter((e) => !e.file.endsWith(`/${e.id}.md`) && e.file !== `${e.id}.md`)
    .map((e) => ({
      file: e.file,
      field: '(file name)',
      message: `the file name does not match its id "${e.id}" (two files may now share that id)`,
      fix: `rename the file to ${e.id}.md (ASCII kebab-case); ids are unique and never reused`,
    }));
}

function checkArticle(a: Entry<Article>, ref: RefCheck, problems: Problem[]): void {
  ref(a.file, 'outlet', a.data.outlet);
  if (a.data.translation) {
    ref(a.file, 'translation.originalOutlet', a.data.translation.originalOutlet);
    ref(a.file, 'translation.translator', a.data.translation.translator);
  }
  if (a.data.updated && a.data.updated.date < a.data.published.date.slice(0, a.data.updated.date.length)) {
    problems.push({
      file: a.file,
      field: 'updated.date',
      value: a.data.updated.date,
      message: `updated (${a.data.updated.date}) is before published (${a.data.published.date})`,
      fix: 'check both dates against the capture; an update cannot precede publication',
    });
  }
  if (!a.data.url && !a.data.urlNote) {
    problems.push({
      file: a.file,
      field: 'urlNote',
      message: 'no `url` and no `urlNote`',
      fix: 'add the article URL if known for certain, or `urlNote: "Not in the capture; link to be confirmed."`',
    });
  }
}

/** Article texts to find quotes in, and the captures of articles whose body drifted from them. */
interface Texts {
  texts: ReadonlyMap<string, string>;
  drifted: ReadonlyMap<string, string>;
}

function checkClaim(c: Entry<Claim>, { texts, drifted }: Texts, ref: RefCheck, problems: Problem[]): void {
  const d = c.data;
  ref(c.file, 'claimant.person', d.claimant.person);
  ref(c.file, 'claimant.outlet', d.claimant.outlet);
  d.related.forEach((r, i) => ref(c.file, `related[${i}]`, r));
  d.people.forEach((r, i) => ref(c.file, `people[${i}]`, r));
  d.events.forEach((r, i) => ref(c.file, `events[${i}]`, r));
  if (d.related.some((r) => r.id === c.id)) {
    problems.push({ file: c.file, field: 'related', value: c.id, message: 'a claim cannot be related to itself', fix: `remove "${c.id}" from related` });
  }
  d.appearances.forEach((app, i) => {
    ref(c.file, `appearances[${i}].article`, app.article);
    const text = texts.get(app.article.id);
    const quote = normalizeWhitespace(app.quote);
    if (text === undefined || text.includes(quote) || drifted.get(app.article.id)?.includes(quote)) return;
    problems.push(quoteProblem(c, i, text));
  });
}

/** A quote missing from its article, with the article's nearest passage and how the two differ. */
function quoteProblem(c: Entry<Claim>, i: number, text: string): Problem {
  const app = c.data.appearances[i] as Claim['appearances'][number];
  const near = nearestPassage(text, normalizeWhitespace(app.quote));
  const source = `content/articles/${app.article.id}.md`;
  return {
    file: c.file,
    field: `appearances[${i}].quote`,
    value: app.quote,
    message: `quote not found in article "${app.article.id}": "${app.quote}"`,
    context: near
      ? [`nearest in the article: "${near.passage}"`, ...near.differences.map((d) => `difference: ${d}`)]
      : ['nothing in the article is close to it: is it the right article?'],
    fix: `${near?.lookalike ? `write quote: ${yamlString(near.passage)}, as ${source} prints it` : near ? `if that is the passage, copy it from ${source}: quote: ${yamlString(near.passage)}` : `copy the words exactly from ${source}`} (only whitespace may differ; quotes, dashes and apostrophes must match)`,
  };
}

/** A string as a YAML value that needs no escaping when possible. */
function yamlString(text: string): string {
  if (!text.includes("'")) return `'${text}'`;
  if (!text.includes('"') && !text.includes('\\')) return `"${text}"`;
  return `'${text.replace(/'/g, "''")}'`;
}

function checkEvent(e: Entry<Event>, ref: RefCheck): void {
  e.data.people.forEach((r, i) => ref(e.file, `people[${i}]`, r));
  e.data.articles.forEach((r, i) => ref(e.file, `articles[${i}]`, r));
  e.data.claims.forEach((r, i) => ref(e.file, `claims[${i}]`, r));
}

/**
 * Articles no claim quotes. An article that a claim may quote is not reported:
 * one named by a misspelled id (the misspelling is reported), or named in a
 * claim file that did not load (its problem is reported).
 */
function articlesWithoutClaims(snap: Snapshot, known: KnownIds, unloadedClaims: readonly Unloaded[]): Problem[] {
  const quoted = new Set(
    snap.claims.flatMap((c) => c.data.appearances.map((a) => likelyMeant(known, 'articles', a.article.id) ?? a.article.id)),
  );
  const mentioned = (id: string) => unloadedClaims.some((u) => new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`).test(u.source));
  return snap.articles
    .filter((a) => !quoted.has(a.id) && !mentioned(a.id))
    .map((a) => ({
      file: a.file,
      field: '',
      message: 'no claim quotes this article',
      fix: `add at least one claim in content/claims/ with an appearance { article: ${a.id}, quote: "…" } (npm run new -- claim ${a.id} <slug>)`,
    }));
}
