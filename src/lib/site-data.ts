/**
 * The one place pages get content from. Loads every collection once per build
 * (never `getCollection` per page), enforces the cross-file rules before any
 * page is rendered, and hands pages a ready index.
 */
import { getCollection } from 'astro:content';
import { checkIntegrity, type Entry, type Snapshot } from './integrity.ts';
import { articleBlocks } from './markdown.ts';
import { ContentError, formatProblems, partitionProblems } from './problems.ts';
import { indexSite, type SiteIndex } from './site-index.ts';

let site: Promise<SiteIndex> | undefined;

/** The site's content, checked and indexed; computed on first use and shared by every page. */
export function loadSite(): Promise<SiteIndex> {
  site ??= build();
  return site;
}

async function entries<T>(name: 'articles' | 'claims' | 'people' | 'outlets' | 'events'): Promise<Entry<T>[]> {
  const list = await getCollection(name);
  return list.map((e) => ({ id: e.id, file: e.filePath ?? `content/${name}/${e.id}.md`, data: e.data as T, body: e.body ?? '' }));
}

async function build(): Promise<SiteIndex> {
  const snapshot: Snapshot = {
    articles: await entries('articles'),
    claims: await entries('claims'),
    people: await entries('people'),
    outlets: await entries('outlets'),
    events: await entries('events'),
  };
  const problems = checkIntegrity(snapshot, (a) => articleBlocks(a.body).join('\n'));
  const { errors, warnings } = partitionProblems(problems);
  if (errors.length > 0) throw new ContentError(errors);
  if (warnings.length > 0) console.warn(formatProblems(warnings));
  return indexSite(snapshot);
}
