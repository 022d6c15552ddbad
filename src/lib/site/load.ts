/**
 * The one place pages get content from. Loads every collection once per build
 * (never `getCollection` per page), enforces the cross-file rules before any
 * page is rendered, and hands pages a ready index.
 */
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/common.ts';
import type { Entry, Snapshot } from '../model/entry.ts';
import { checkIntegrity } from '../content/rules.ts';
import { CAPTURES_FOLDER, capturesIn } from '../content/captures.ts';
import { ContentError, formatProblems, partitionProblems } from '../content/problems.ts';
import { indexSite, type SiteIndex } from './site-index.ts';
import { translationProblems, type Translations } from '../content/translations.ts';
import type { Locale } from '../urls.ts';
import { catalogueProblems } from '../i18n/messages.ts';

let index: Promise<SiteIndex> | undefined;

/** Where content lives, as in `src/content.config.ts` (the benchmark points it at a generated corpus). */
const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

/** The site's content, checked and indexed; computed on first use and shared by every page. */
export function loadSite(): Promise<SiteIndex> {
  index ??= build();
  return index;
}

async function entries(name: CollectionName): Promise<Entry<unknown>[]> {
  const list = await getCollection(name);
  return list.map((e) => ({ id: e.id, file: e.filePath ?? `content/${name}/${e.id}.md`, data: e.data, body: e.body ?? '' }));
}

/** Translations, from `claimTranslations` / `eventTranslations` (ids like `uk/claims/<id>`). */
async function translations(): Promise<Translations> {
  const read = async (name: 'claimTranslations' | 'eventTranslations') =>
    (await getCollection(name)).map((e) => {
      const [locale, , id] = e.id.split('/');
      return {
        id: id ?? e.id,
        locale: locale as Locale,
        file: e.filePath ?? `content/translations/${e.id}.md`,
        data: e.data,
        body: e.body ?? '',
      };
    });
  return {
    claims: (await read('claimTranslations')) as Translations['claims'],
    events: (await read('eventTranslations')) as Translations['events'],
  };
}

async function build(): Promise<SiteIndex> {
  const snapshot = Object.fromEntries(await Promise.all(COLLECTION_NAMES.map(async (name) => [name, await entries(name)]))) as Snapshot;
  const translated = await translations();
  const captures = capturesIn(join(CONTENT_DIR, CAPTURES_FOLDER), `${CONTENT_DIR.replace(/^\.\/|\/$/g, '')}/${CAPTURES_FOLDER}`);
  const { errors, warnings } = partitionProblems([
    ...checkIntegrity(snapshot, { captures }),
    ...translationProblems(translated, snapshot),
    ...catalogueProblems(),
  ]);
  if (errors.length > 0) throw new ContentError(errors);
  if (warnings.length > 0) console.warn(formatProblems(warnings));
  return indexSite(snapshot, translated);
}
