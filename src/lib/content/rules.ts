/**
 * Rules that span files, which a per-file schema cannot see: references
 * resolve, quotes occur in their articles, rated claims have two independent
 * sources, dates are in order, every article has a claim. Pure: takes a
 * snapshot of all entries, returns every problem found (never just the first).
 */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/common.ts';
import type { Entry, Ref, Snapshot } from '../model/entry.ts';
import { isEvidenceVerdict } from '../model/verdicts.ts';
import { normalizeWhitespace } from '../model/quotes.ts';
import { originCount, sourceOrigin, soleAffiliatedState } from '../model/sourcing.ts';
import type { Problem } from './problems.ts';
import { articleText } from './article-text.ts';

/** An article's plain text, which quotes are checked against. */
export type ArticleText = (article: Entry<Article>) => string;

/** Runs every cross-file rule and returns all problems (errors and warnings). */
export function checkIntegrity(snap: Snapshot, text: ArticleText = articleText): Problem[] {
  const ids = idSets(snap);
  const problems: Problem[] = [];
  const refProblem = (file: string, field: string, ref: Ref | undefined) => {
    if (!ref || ids[ref.collection as CollectionName]?.has(ref.id)) return;
    const known = [...(ids[ref.collection as CollectionName] ?? [])].slice(0, 8).join(', ');
    problems.push({
      file,
      field,
      message: `unknown ${ref.collection} id "${ref.id}"`,
      fix: `use the file name (without .md) of a file in content/${ref.collection}/, e.g. ${known || '(none yet)'}; or add content/${ref.collection}/${ref.id}.md`,
    });
  };
  problems.push(...fileNameProblems(snap));
  for (const a of snap.articles) checkArticle(a, refProblem, problems);
  // Normalise each article once, not once per claim: linear in content size.
  const texts = new Map(snap.articles.map((a) => [a.id, normalizeWhitespace(text(a))]));
  for (const c of snap.claims) checkClaim(c, texts, refProblem, problems);
  for (const e of snap.events) checkEvent(e, refProblem);
  problems.push(...articlesWithoutClaims(snap));
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

type RefCheck = (file: string, field: string, ref: Ref | undefined) => void;

function idSets(snap: Snapshot): Record<CollectionName, Set<string>> {
  return Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set(snap[name].map((e) => e.id))])) as Record<CollectionName, Set<string>>;
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

function checkClaim(c: Entry<Claim>, texts: Map<string, string>, ref: RefCheck, problems: Problem[]): void {
  const d = c.data;
  ref(c.file, 'claimant.person', d.claimant.person);
  ref(c.file, 'claimant.outlet', d.claimant.outlet);
  d.related.forEach((r, i) => ref(c.file, `related[${i}]`, r));
  d.people.forEach((r, i) => ref(c.file, `people[${i}]`, r));
  d.events.forEach((r, i) => ref(c.file, `events[${i}]`, r));
  if (d.related.some((r) => r.id === c.id)) {
    problems.push({ file: c.file, field: 'related', message: 'a claim cannot be related to itself', fix: `remove "${c.id}" from related` });
  }
  d.appearances.forEach((app, i) => {
    ref(c.file, `appearances[${i}].article`, app.article);
    const text = texts.get(app.article.id);
    if (text !== undefined && !text.includes(normalizeWhitespace(app.quote))) {
      problems.push({
        file: c.file,
        field: `appearances[${i}].quote`,
        message: `quote not found in article "${app.article.id}": "${app.quote}"`,
        fix: `copy the words exactly from content/articles/${app.article.id}.md (only whitespace may differ; quotes, dashes and apostrophes must match)`,
      });
    }
  });
  checkClaimDates(c, problems);
  checkClaimSources(c, problems);
}

function checkClaimDates(c: Entry<Claim>, problems: Problem[]): void {
  const d = c.data;
  // Compare at the claim date's own precision: a claim of "2024-12" is not after a check of 2024-12-10.
  if (d.published.slice(0, d.claimDate.length) < d.claimDate) {
    problems.push({
      file: c.file,
      field: 'published',
      message: `the check (${d.published}) is dated before the claim was made (${d.claimDate})`,
      fix: 'a check cannot be published before the claim: correct `published` or `claimDate`',
    });
  }
  if (d.updated && d.updated < d.published) {
    problems.push({ file: c.file, field: 'updated', message: `updated (${d.updated}) is before published (${d.published})`, fix: 'set `updated` on or after `published`' });
  }
  d.corrections.forEach((corr, i) => {
    if (corr.date < d.published) {
      problems.push({
        file: c.file,
        field: `corrections[${i}].date`,
        message: `correction dated ${corr.date}, before the check was published (${d.published})`,
        fix: 'date the correction on or after `published`',
      });
    }
  });
}

function checkClaimSources(c: Entry<Claim>, problems: Problem[]): void {
  const d = c.data;
  if (!isEvidenceVerdict(d.verdict)) return;
  const complete = d.sources.filter((s) => s.url && s.archiveUrl);
  const origins = new Set(complete.map(sourceOrigin));
  if (origins.size < 2 && !complete.some((s) => s.ownRecord)) {
    const relays = complete.filter((s) => s.via !== undefined).map((s) => `${s.publisher} relays ${s.via}`);
    problems.push({
      file: c.file,
      field: 'sources',
      message: `verdict "${d.verdict}" needs at least two independent sources (two origins, neither relaying the other) with url and archiveUrl; found ${complete.length} source${complete.length === 1 ? '' : 's'}, ${origins.size} independent origin${origins.size === 1 ? '' : 's'}${relays.length > 0 ? `: ${relays.join(', ')}` : ''}`,
      fix: 'add a source that does not relay the others (another publisher\'s own reporting), or the speaker\'s own published record of the words (ownRecord: true), with publisher, title, date, url and archiveUrl; if none can be found, use verdict `unsupported` with `evidenceGap`',
    });
  }
  const affiliation = soleAffiliation(c);
  if (affiliation !== undefined) problems.push(affiliation);
  d.sources.forEach((s, i) => {
    if (s.url && !s.archiveUrl) {
      problems.push({
        file: c.file,
        field: `sources[${i}].archiveUrl`,
        message: `source "${s.title}" has a url but no archiveUrl`,
        fix: `add an archived copy, e.g. archiveUrl: https://web.archive.org/web/${s.url}`,
      });
    }
  });
}

/**
 * A warning, not an error: a rated claim about a state's conduct whose every
 * source is that state's own (its government or its state media). The
 * evidence may still be right, but a reader should know; the page says so.
 */
function soleAffiliation(c: Entry<Claim>): Problem | undefined {
  const state = soleAffiliatedState(c.data.aboutState, c.data.sources);
  if (state === undefined) return undefined;
  return {
    file: c.file,
    field: 'sources',
    severity: 'warning',
    message: `every source of this claim about ${state} is ${state}'s own (stateAffiliation: ${state})`,
    fix: `add a source not owned or controlled by ${state} (a wire service, an international body, independent media), or keep it and let the page say so`,
  };
}

function checkEvent(e: Entry<Event>, ref: RefCheck): void {
  e.data.people.forEach((r, i) => ref(e.file, `people[${i}]`, r));
  e.data.articles.forEach((r, i) => ref(e.file, `articles[${i}]`, r));
  e.data.claims.forEach((r, i) => ref(e.file, `claims[${i}]`, r));
}

function articlesWithoutClaims(snap: Snapshot): Problem[] {
  const quoted = new Set(snap.claims.flatMap((c) => c.data.appearances.map((a) => a.article.id)));
  return snap.articles
    .filter((a) => !quoted.has(a.id))
    .map((a) => ({
      file: a.file,
      field: '',
      message: 'no claim quotes this article',
      fix: `add at least one claim in content/claims/ with an appearance { article: ${a.id}, quote: "…" } (npm run new -- claim ${a.id} <slug>)`,
    }));
}

/** How well rated claims are sourced: what `check:content` prints after a clean run. */
export interface OriginSummary {
  /** Claims with an evidence verdict. */
  rated: number;
  /** The fewest independent origins any rated claim has (0 when none is rated). */
  fewest: number;
  /** Rated claims that rest on the speaker's own record rather than on two origins. */
  onOwnRecord: number;
  /** Sources recorded as relaying another (`via`). */
  relays: number;
}

/** Counts independent origins over every rated claim. */
export function originSummary(claims: readonly Entry<Claim>[]): OriginSummary {
  const rated = claims.filter((c) => isEvidenceVerdict(c.data.verdict));
  const counts = rated.map((c) => originCount(c.data.sources.filter((s) => s.url && s.archiveUrl)));
  return {
    rated: rated.length,
    fewest: counts.length === 0 ? 0 : Math.min(...counts),
    onOwnRecord: rated.filter((c, i) => (counts[i] ?? 0) < 2 && c.data.sources.some((s) => s.ownRecord && s.url)).length,
    relays: claims.reduce((n, c) => n + c.data.sources.filter((s) => s.via !== undefined).length, 0),
  };
}
