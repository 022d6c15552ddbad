/**
 * Permanent links: every URL the site has published keeps working, as the
 * page itself or as a declared redirect to its new place. Pure functions over
 * URL lists; reading `dist/` and `published/` is the callers' job
 * (`scripts/built-site.ts`, `scripts/check-content.ts`, `test/built/`).
 */
import type { CollectionName } from '../../schemas/common.ts';
import type { Problem } from '../content/problems.ts';
import { ENTRY_PATHS, entryOfPath, isEntryPath } from '../urls.ts';
import { rankBySpelling } from '../content/suggest.ts';
import { URLS_FILE } from './url-list.ts';
import { REDIRECTS_FILE, redirectProblems, type Redirects } from './redirects.ts';

/** What a published URL check knows. */
export interface PermalinkInput {
  /** The URLs in `published/urls.txt`. */
  published: readonly string[];
  /** URLs served by a real page (not by a redirect page). */
  live: ReadonlySet<string>;
  /** Declared redirects. */
  redirects: Redirects;
  /** Which URLs `live` can answer for; the rest are skipped. Default: all. */
  covers?: (url: string) => boolean;
}

/** Every published URL that is neither served nor redirected, and every redirect that leads nowhere. */
export function permalinkProblems(input: PermalinkInput): Problem[] {
  const covers = input.covers ?? (() => true);
  const problems = redirectProblems(input.redirects, input.live, covers);
  const fresh = unlistedUrls(input.published, input.live);
  for (const url of input.published) {
    if (!covers(url) || input.live.has(url) || Object.hasOwn(input.redirects, url)) continue;
    problems.push({
      file: URLS_FILE,
      field: url,
      message: 'published, but the site no longer serves it and no redirect is declared',
      fix: movedFix(url, fresh),
    });
  }
  return problems;
}

/**
 * The redirect to declare for a lost URL. Its new place is a page of the same
 * kind that is not published yet: the only one, or the one whose id is nearest
 * by spelling (a rename usually keeps most of the id), the others named.
 */
function movedFix(url: string, fresh: readonly string[]): string {
  const section = url.split('/').slice(0, 2).join('/') + '/';
  const content = entryOfPath(url);
  const candidates = fresh.filter(
    (u) => u.startsWith(section) && u !== section && (!content || entryOfPath(u)?.collection === content.collection),
  );
  const ranked = content
    ? rankBySpelling(
        content.id,
        candidates.map((u) => entryOfPath(u)?.id ?? u),
      ).map((c) => ENTRY_PATHS[content.collection](c.name))
    : candidates;
  const to = ranked[0] ?? `${section}<new-id>/`;
  const others =
    ranked.length > 1
      ? ` (the new page nearest by spelling; also new: ${ranked.slice(1, 4).join(', ')}${ranked.length > 4 ? ', …' : ''})`
      : '';
  const restore = content ? `; if it was removed by mistake, restore content/${content.collection}/${content.id}.md` : '';
  return `if the page moved, add "${url}": "${to}" to ${REDIRECTS_FILE}${others}${restore}. Published URLs never disappear`;
}

/** URLs the site serves that the published list does not have yet. */
export function unlistedUrls(published: readonly string[], served: Iterable<string>): string[] {
  const listed = new Set(published);
  return [...served].filter((u) => !listed.has(u)).sort();
}

/**
 * Whether a build matches the content: content files with no page (`missing`)
 * and content pages with no file nor redirect (`extra`, e.g. a build from
 * other content). Both empty for a fresh build.
 */
export function buildMismatch(
  served: ReadonlySet<string>,
  contentIds: Readonly<Record<CollectionName, readonly string[]>>,
  redirects: Redirects,
): { missing: string[]; extra: string[] } {
  const expected = new Set(Object.entries(contentIds).flatMap(([c, ids]) => ids.map((id) => ENTRY_PATHS[c as CollectionName](id))));
  return {
    missing: [...expected].filter((u) => !served.has(u)).sort(),
    extra: [...served].filter((u) => isEntryPath(u) && !expected.has(u) && !Object.hasOwn(redirects, u)).sort(),
  };
}
