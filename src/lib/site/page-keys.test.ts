/**
 * Page cache keys: an edit changes the key of every page that shows the edited
 * entry and of no other. Runs on a small synthetic corpus (bench/corpus.ts),
 * whose relations are known: claim-5 is quoted in article-5, made by person-5
 * for outlet-5, is about person-6, lists claim-4 as related and is linked to
 * event-5. Besides detail pages it keys every claim list page, timeline page
 * and embed card.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../../bench/corpus.ts';
import { loadContent } from '../content/loader.ts';
import type { Snapshot } from '../model/entry.ts';
import { claimListPages } from './list-pages.ts';
import { pageKeys } from './page-keys.ts';
import { paginateList } from './pagination.ts';
import { timelineView } from './timeline-pages.ts';
import { indexSite } from './site-index.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Person } from '../../schemas/person.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-keys-'));
writeCorpus(dir, 60);
const { snapshot, problems } = loadContent(dir);

/** Every page's key, as `kind/id` for detail pages and embeds, by path for lists and timeline pages. */
function allKeys(snap: Snapshot): Map<string, string> {
  const site = indexSite(snap);
  const keys = pageKeys(site);
  const out = new Map<string, string>();
  for (const c of site.claims) out.set(`embed/${c.id}`, keys.embed(c.id));
  for (const page of claimListPages(site)) out.set(page.pagination.href, keys.list(page));
  for (const page of timelineView(site).pages) out.set(page.path, keys.timeline(page));
  for (const page of paginateList(site.articles, 5, (n) => `/articles/page/${n}/`)) out.set(page.pagination.href, keys.articleList(page));
  for (const c of site.claims) out.set(`claims/${c.id}`, keys.claim(c.id));
  for (const a of site.articles) out.set(`articles/${a.id}`, keys.article(a.id));
  for (const p of site.people) out.set(`people/${p.id}`, keys.person(p.id));
  for (const o of site.outlets) out.set(`outlets/${o.id}`, keys.outlet(o.id));
  for (const e of site.events) out.set(`events/${e.id}`, keys.event(e.id));
  return out;
}

/** The pages whose key differs after `edit`. */
function changedPages(edit: (snap: Snapshot) => void): string[] {
  const before = allKeys(snapshot);
  const copy = structuredClone(snapshot);
  edit(copy);
  const after = allKeys(copy);
  return [...after]
    .filter(([page, key]) => before.get(page) !== key)
    .map(([page]) => page)
    .sort();
}

const claim = (snap: Snapshot, id: string) => snap.claims.find((c) => c.id === id) as { data: Claim; body: string };

describe('page cache keys', () => {
  it('loads a valid corpus to test on', () => {
    assert.deepEqual(problems, []);
    assert.equal(snapshot.claims.length, 60);
  });

  it('are the same for the same content', () => {
    assert.deepEqual(allKeys(structuredClone(snapshot)), allKeys(snapshot));
  });

  it('key every list page, timeline page and embed card of the corpus', () => {
    const site = indexSite(snapshot);
    const keys = allKeys(snapshot);
    assert.ok(claimListPages(site).length > 1 && timelineView(site).pages.length > 0, 'the corpus has list pages and a timeline');
    assert.equal(keys.size, new Set(keys.values()).size, 'no two pages share a key');
  });

  it('change for exactly the pages that show an edited claim: detail pages, the list pages and timeline page it is on, its embed', () => {
    const site = indexSite(snapshot);
    const lists = claimListPages(site)
      .filter((p) => p.claims.some((c) => c.id === 'claim-5'))
      .map((p) => p.pagination.href);
    const timeline = timelineView(site)
      .pages.filter((p) =>
        (p.kind === 'period' ? [p.group] : p.kind === 'whole' ? p.groups : []).some((g) =>
          g.entries.some((e) => e.kind === 'claim' && e.id === 'claim-5'),
        ),
      )
      .map((p) => p.path);
    assert.ok(
      lists.length >= 4 && timeline.length === 1,
      `claim-5 is on /claims/ and its verdict's, outlet's and people's lists (${lists.join(', ')}), and one timeline page`,
    );
    const changed = changedPages((snap) => {
      claim(snap, 'claim-5').data.claim = 'Synthetic claim 5, reworded.';
    });
    assert.deepEqual(
      changed,
      [
        'articles/article-5',
        'claims/claim-4',
        'claims/claim-5',
        'embed/claim-5',
        'events/event-5',
        'outlets/outlet-5',
        'people/person-5',
        'people/person-6',
        ...lists,
        ...timeline,
      ].sort(),
    );
  });

  it('change for the articles list page whose claim count changes when a claim starts quoting another article', () => {
    const site = indexSite(snapshot);
    const quoted = new Set(claim(snapshot, 'claim-9').data.appearances.map((a) => a.article.id));
    const target = site.articles.find((a) => !quoted.has(a.id))!.id;
    const pages = paginateList(site.articles, 5, (n) => `/articles/page/${n}/`);
    const on = pages.find((p) => p.items.some((a) => a.id === target))!.pagination.href;
    const changed = changedPages((snap) => {
      const c = claim(snap, 'claim-9');
      c.data.appearances.push({
        ...c.data.appearances[0]!,
        article: { collection: 'articles', id: target },
      } as Claim['appearances'][number]);
    });
    // Only that article's count changed: its page of the list rebuilds, the others stay cached.
    assert.ok(pages.length > 1, 'the list has several pages');
    assert.deepEqual(
      changed.filter((p) => p.startsWith('/articles/')),
      [on],
    );
  });

  it('change for every list page that counts verdicts when a verdict changes', () => {
    const changed = changedPages((snap) => {
      const c = claim(snap, 'claim-7');
      c.data.verdict = c.data.verdict === 'false' ? 'misleading' : 'false';
    });
    const site = indexSite(snapshot);
    // Every list page's filter form counts claims per verdict, and the verdict lists gain or lose a claim.
    for (const page of claimListPages(site).filter((p) => !p.filter))
      assert.ok(changed.includes(page.pagination.href), `${page.pagination.href} shows the verdict counts`);
  });

  it('change for the claim page alone when only its analysis is edited (no other page shows it)', () => {
    const changed = changedPages((snap) => {
      claim(snap, 'claim-5').body += '\nOne more sentence.\n';
    });
    assert.deepEqual(changed, ['claims/claim-5']);
  });

  it('change for the article page alone when only its text is edited', () => {
    const changed = changedPages((snap) => {
      (snap.articles.find((a) => a.id === 'article-2') as { body: string }).body += '\nA new paragraph.\n';
    });
    assert.deepEqual(changed, ['articles/article-2']);
  });

  it('change on both sides when a claim starts listing another as related', () => {
    const changed = changedPages((snap) => {
      claim(snap, 'claim-21').data.related.push({ collection: 'claims', id: 'claim-33' } as Claim['related'][number]);
    });
    assert.ok(changed.includes('claims/claim-21'), 'the page that lists the new relation');
    assert.ok(changed.includes('claims/claim-33'), 'the page it now also appears on');
  });

  it('change everywhere when a person is renamed (names appear in every claim list)', () => {
    const changed = changedPages((snap) => {
      (snap.people.find((p) => p.id === 'person-3') as { data: Person }).data.name = 'Renamed Person';
    });
    assert.equal(changed.length, allKeys(snapshot).size);
  });
});
