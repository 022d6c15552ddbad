/**
 * Open data and feeds over the valid fixture content, plus an updated,
 * corrected copy of its claim: the documented fields and the licence, CSV
 * tables that spreadsheets open cleanly (BOM, quoting, one date format), and
 * a new guid for every update and correction.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadContent } from '../content/loader.ts';
import { checkFeedItems, correctionFeedItems } from './feeds.ts';
import { claimsDataset } from './open-data.ts';
import { BOM, claimsCsv, csvField, CSV_COLUMNS, peopleCsv, quotesCsv, sourcesCsv, spreadsheetDate } from './open-data-csv.ts';
import { LICENCE } from '../../consts.ts';
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
    claimDate: '2024-12',
    updated: '2026-12-01',
    corrections: [{ date: '2026-12-01', text: 'Verdict changed after a new survey.', previousVerdict: 'misleading' as const }],
  },
};
const site = indexSite({ ...snapshot, claims: [original, corrected] });

describe('claims.json', () => {
  const data = claimsDataset(site, SITE);
  it('lists every claim by id with the documented fields', () => {
    assert.equal(data.schemaVersion, 2);
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
  it('states the licence of the text and data, and what it does not cover', () => {
    assert.deepEqual(data.licence, { ...LICENCE });
    assert.equal(data.licence.id, 'CC-BY-4.0');
    assert.match(data.licence.excludes, /quotations/);
  });
});

/** A CSV file's rows, for tests whose fields hold no line breaks. */
const rowsOf = (csv: string) => {
  assert.ok(csv.startsWith(BOM), 'starts with a UTF-8 byte order mark');
  const lines = csv.slice(BOM.length).split('\r\n');
  assert.equal(lines.pop(), '', 'ends with CRLF');
  return lines;
};

describe('CSV tables', () => {
  const data = claimsDataset(site, SITE);
  it('claims.csv has the header and one quoted row per claim, dates in one format with their precision', () => {
    const lines = rowsOf(claimsCsv(data));
    assert.equal(lines[0], CSV_COLUMNS.claims.join(','));
    assert.equal(lines.length, 3, 'header and two rows');
    assert.match(
      lines[2]!,
      /^sky-is-green-updated,https:\/\/example\.org\/claims\/sky-is-green-updated\/,"The sky is ""green"", at dusk",factual,false,False,/,
    );
    const row = (line: string) => Object.fromEntries(CSV_COLUMNS.claims.map((c, i) => [c, line.split(',')[i]]));
    const original = data.claims[0]!;
    assert.deepEqual(
      [row(lines[1]!)['claim_date'], row(lines[1]!)['claim_date_precision']],
      [spreadsheetDate(original.claimDate).date, spreadsheetDate(original.claimDate).precision],
    );
    assert.equal(lines[2]!.split(',').at(-7), '2024-12-01', 'a month is written as its first day');
    assert.equal(lines[2]!.split(',').at(-6), 'month');
    assert.equal(csvField('a\nb'), '"a\nb"');
    assert.equal(csvField(3), '3');
    assert.equal(csvField(null), '');
  });
  it('writes every partial date as YYYY-MM-DD with how much of it is known', () => {
    assert.deepEqual(spreadsheetDate('2024'), { date: '2024-01-01', precision: 'year' });
    assert.deepEqual(spreadsheetDate('2024-12'), { date: '2024-12-01', precision: 'month' });
    assert.deepEqual(spreadsheetDate('2024-12-03'), { date: '2024-12-03', precision: 'day' });
    assert.deepEqual(spreadsheetDate('2024-12-03T10:50:16+03:00'), { date: '2024-12-03', precision: 'day' });
  });
  it('quotes.csv has one row per appearance, with the quote verbatim and its place in the article', () => {
    const lines = rowsOf(quotesCsv(data, site));
    assert.equal(lines[0], CSV_COLUMNS.quotes.join(','));
    const appearances = data.claims.flatMap((c) => c.appearances);
    assert.equal(lines.length - 1, appearances.length);
    assert.ok(lines[1]!.startsWith('sky-is-green,https://example.org/claims/sky-is-green/,false,example-article,'));
    assert.ok(lines[1]!.includes(csvField(appearances[0]!.quote)), 'the quote, as in claims.json');
    assert.ok(lines[1]!.endsWith(',https://example.org/articles/example-article/#quote-sky-is-green'));
  });
  it("sources.csv has one row per source, numbered in the claim's order", () => {
    const lines = rowsOf(sourcesCsv(data));
    assert.equal(lines[0], CSV_COLUMNS.sources.join(','));
    assert.equal(
      lines.length - 1,
      data.claims.reduce((n, c) => n + c.sources.length, 0),
    );
    assert.deepEqual(
      lines.slice(1, 3).map((l) => l.split(',').slice(0, 3).join(',')),
      ['sky-is-green,https://example.org/claims/sky-is-green/,1', 'sky-is-green,https://example.org/claims/sky-is-green/,2'],
    );
  });
  it('people.csv has every person with the claims they made and that are about them', () => {
    const lines = rowsOf(peopleCsv(data, site, SITE));
    assert.equal(lines[0], CSV_COLUMNS.people.join(','));
    assert.equal(lines.length - 1, site.people.length);
    const jane = lines.find((l) => l.startsWith('jane-doe,'))!;
    assert.ok(jane.startsWith('jane-doe,Jane Doe,https://example.org/people/jane-doe/,'));
    assert.ok(jane.includes(',sky-is-green; sky-is-green-updated,'), 'claims made, in id order');
  });
});

describe('feeds', () => {
  it('puts the update first, with a guid of its own', () => {
    const items = checkFeedItems(site, SITE);
    assert.deepEqual(
      items.map((i) => i.title),
      // Never the bare claim (issue 12): the verdict, then who claimed it, where and when.
      [
        'Updated: False — Jane Doe claimed in Example News, December 2024: The sky is "green", at dusk',
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
