/**
 * Open data and feeds over the valid fixture content, plus an updated,
 * corrected copy of its claim: the documented fields, CSV quoting, and a
 * new guid for every update and correction.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../content/loader.ts';
import { checkFeedItems, correctionFeedItems } from './feeds.ts';
import { claimsCsv, claimsDataset, csvField, CSV_COLUMNS } from './open-data.ts';
import { indexSite } from '../site/site-index.ts';

const SITE = 'https://example.org';
const { snapshot } = loadContent('test/fixtures/valid');
const original = snapshot.claims[0]!;
const corrected = {
  ...original,
  id: 'sky-is-green-updated',
  data: {
    ...original.data,
    claim: 'The sky is "green", at dusk',
    updated: '2026-12-01',
    corrections: [{ date: '2026-12-01', text: 'Verdict changed after a new survey.', previousVerdict: 'misleading' as const }],
  },
};
const site = indexSite({ ...snapshot, claims: [original, corrected] });

describe('claims.json', () => {
  const data = claimsDataset(site, SITE);
  it('lists every claim by id with the documented fields', () => {
    assert.equal(data.schemaVersion, 1);
    assert.deepEqual(
      data.claims.map((c) => c.id),
      ['sky-is-green', 'sky-is-green-updated'],
    );
    const c = data.claims[0]!;
    assert.equal(c.url, 'https://example.org/claims/sky-is-green/');
    assert.equal(c.verdictLabel, 'False');
    assert.deepEqual(c.claimant.person, { id: 'jane-doe', name: 'Jane Doe', url: 'https://example.org/people/jane-doe/' });
    assert.equal(c.appearances[0]!.quoteUrl, 'https://example.org/articles/example-article/#quote-sky-is-green');
    assert.equal(c.sources.length, 2);
    assert.equal(c.updated, null);
    assert.deepEqual(c.events, ['sky-survey']);
    assert.equal(data.lastUpdated, '2026-12-01');
    assert.equal(data.verdictScale.length, 7);
  });
});

describe('claims.csv', () => {
  it('has the header and one quoted, CRLF-terminated row per claim', () => {
    const csv = claimsCsv(claimsDataset(site, SITE));
    const lines = csv.split('\r\n');
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.equal(lines.length, 4, 'header, two rows, final empty string');
    assert.match(
      lines[2]!,
      /^sky-is-green-updated,https:\/\/example\.org\/claims\/sky-is-green-updated\/,"The sky is ""green"", at dusk",factual,false,False,/,
    );
    assert.equal(csvField('a\nb'), '"a\nb"');
    assert.equal(csvField(3), '3');
  });
});

describe('feeds', () => {
  it('puts the update first, with a guid of its own', () => {
    const items = checkFeedItems(site, SITE);
    assert.deepEqual(
      items.map((i) => i.title),
      // Never the bare claim (issue 12): the verdict, then who claimed it, where and when.
      [
        'Updated: False — Jane Doe claimed in Example News, 3 December 2024: The sky is "green", at dusk',
        'False — Jane Doe claimed in Example News, 3 December 2024: The sky is green.',
      ],
    );
    assert.match(
      items[0]!.customData,
      /<guid isPermaLink="false">https:\/\/example\.org\/claims\/sky-is-green-updated\/#updated-2026-12-01<\/guid>/,
    );
    assert.equal(items[0]!.pubDate.toISOString(), '2026-12-01T00:00:00.000Z');
  });
  it('gives every correction an item that links to the claim page corrections', () => {
    const items = correctionFeedItems(site, SITE);
    assert.equal(items.length, 1);
    assert.equal(items[0]!.link, 'https://example.org/claims/sky-is-green-updated/#corrections-h');
    assert.equal(items[0]!.description, 'Verdict changed after a new survey. Verdict was Misleading, now False.');
  });
});
