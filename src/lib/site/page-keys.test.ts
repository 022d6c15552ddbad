/**
 * Page cache keys: an edit changes the key of every page that shows the edited
 * entry and of no other. Runs on a small synthetic corpus (bench/corpus.ts),
 * whose relations are known: claim-5 is quoted in article-5, made by person-5
 * for outlet-5, is about person-6, lists claim-4 as related and is linked to
 * event-5.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCorpus } from '../../../bench/corpus.ts';
import { loadContent } from '../content/loader.ts';
import type { Snapshot } from '../model/entry.ts';
import { pageKeys } from './page-keys.ts';
import { indexSite } from './site-index.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Person } from '../../schemas/person.ts';

const dir = mkdtempSync(join(tmpdir(), 'page-keys-'));
writeCorpus(dir, 60);
const { snapshot, problems } = loadContent(dir);

/** Every page's key, as `kind/id`. */
function allKeys(snap: Snapshot): Map<string, string> {
  const site = indexSite(snap);
  const keys = pageKeys(site);
  const out = new Map<string, string>();
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

  it('change for exactly the pages that show an edited claim', () => {
    const changed = changedPages((snap) => {
      claim(snap, 'claim-5').data.claim = 'Synthetic claim 5, reworded.';
    });
    assert.deepEqual(changed, [
      'articles/article-5',
      'claims/claim-4',
      'claims/claim-5',
      'events/event-5',
      'outlets/outlet-5',
      'people/person-5',
      'people/person-6',
    ]);
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
