/**
 * The open data as CSV tables for spreadsheets, one file each under /data/:
 * claims (one row per claim), quotes (one per appearance in an article),
 * sources (one per source of a claim) and people (one per person), joined by
 * their ids. Built from the same dataset as claims.json, so the values and
 * their meanings are the JSON's (docs/open-data.md lists every column).
 *
 * Written for spreadsheet programs as well as parsers: UTF-8 with a byte
 * order mark (so Excel reads Cyrillic and accents as UTF-8), RFC 4180
 * quoting, CRLF line ends, and every date in one format, `YYYY-MM-DD`, with
 * a `…_precision` column saying how much of it is known.
 */
import type { SiteIndex } from '../site/site-index.ts';
import { precisionOf } from '../../schemas/common.ts';
import { absolute, paths, type DataTable } from '../urls.ts';
import type { ClaimRecord, ClaimsDataset } from './open-data.ts';

/** The byte order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\uFEFF';

/** A cell before quoting: lists are joined first, empty and null cells are written empty. */
type Cell = string | number | boolean | null | undefined;
/** A column: its header and how to read it off a row. */
interface Column<R> {
  name: string;
  value: (row: R) => Cell;
}

/** A date as spreadsheets read it: the day (the first of the period when only the month or year is known), and how much of it is known. */
export function spreadsheetDate(value: string): { date: string; precision: 'year' | 'month' | 'day' } {
  const precision = precisionOf(value);
  if (precision === 'year') return { date: `${value}-01-01`, precision };
  if (precision === 'month') return { date: `${value}-01`, precision };
  // A date-time is given to the day, in its own time zone, as written.
  return { date: value.slice(0, 10), precision: 'day' };
}

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: Cell): string {
  const s = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A table as CSV text: the BOM, a header row, one row per record, CRLF line ends. */
function csv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const lines = [columns.map((c) => csvField(c.name)), ...rows.map((r) => columns.map((c) => csvField(c.value(r))))];
  return BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

const list = (items: readonly string[]) => items.join('; ');

const CLAIM_COLUMNS: Column<ClaimRecord>[] = [
  { name: 'id', value: (c) => c.id },
  { name: 'url', value: (c) => c.url },
  { name: 'claim', value: (c) => c.claim },
  { name: 'kind', value: (c) => c.kind },
  { name: 'verdict', value: (c) => c.verdict },
  { name: 'verdict_label', value: (c) => c.verdictLabel },
  { name: 'conclusion', value: (c) => c.conclusion },
  { name: 'claimant_person', value: (c) => c.claimant.person?.name },
  { name: 'claimant_person_id', value: (c) => c.claimant.person?.id },
  { name: 'claimant_outlet', value: (c) => c.claimant.outlet?.name },
  { name: 'claimant_outlet_id', value: (c) => c.claimant.outlet?.id },
  { name: 'claim_date', value: (c) => spreadsheetDate(c.claimDate).date },
  { name: 'claim_date_precision', value: (c) => spreadsheetDate(c.claimDate).precision },
  { name: 'published', value: (c) => c.published },
  { name: 'updated', value: (c) => c.updated },
  { name: 'articles', value: (c) => list([...new Set(c.appearances.map((a) => a.article))]) },
  { name: 'source_count', value: (c) => c.sources.length },
  { name: 'correction_count', value: (c) => c.corrections.length },
];

/** One appearance of a claim, with the article's outlet and language. */
interface QuoteRow {
  claim: ClaimRecord;
  appearance: ClaimRecord['appearances'][number];
  outletName: string;
  language: string;
}

const QUOTE_COLUMNS: Column<QuoteRow>[] = [
  { name: 'claim_id', value: (q) => q.claim.id },
  { name: 'claim_url', value: (q) => q.claim.url },
  { name: 'verdict', value: (q) => q.claim.verdict },
  { name: 'article_id', value: (q) => q.appearance.article },
  { name: 'article_title', value: (q) => q.appearance.articleTitle },
  { name: 'article_url', value: (q) => q.appearance.articleUrl },
  { name: 'article_original_url', value: (q) => q.appearance.originalUrl },
  { name: 'outlet_id', value: (q) => q.appearance.outlet },
  { name: 'outlet', value: (q) => q.outletName },
  { name: 'language', value: (q) => q.language },
  { name: 'quote', value: (q) => q.appearance.quote },
  { name: 'quote_url', value: (q) => q.appearance.quoteUrl },
];

/** One source of a claim and its place in the claim's list. */
interface SourceRow {
  claim: ClaimRecord;
  source: ClaimRecord['sources'][number];
  position: number;
}

const SOURCE_COLUMNS: Column<SourceRow>[] = [
  { name: 'claim_id', value: (s) => s.claim.id },
  { name: 'claim_url', value: (s) => s.claim.url },
  { name: 'position', value: (s) => s.position },
  { name: 'publisher', value: (s) => s.source.publisher },
  { name: 'title', value: (s) => s.source.title },
  { name: 'date', value: (s) => spreadsheetDate(s.source.date).date },
  { name: 'date_precision', value: (s) => spreadsheetDate(s.source.date).precision },
  { name: 'url', value: (s) => s.source.url },
  { name: 'archive_url', value: (s) => s.source.archiveUrl },
  { name: 'primary', value: (s) => s.source.primary },
  { name: 'note', value: (s) => s.source.note },
];

/** One person and the claims they made or that are about them. */
interface PersonRow {
  id: string;
  name: string;
  url: string;
  aliases: readonly string[];
  role: string;
  country: string | undefined;
  made: string[];
  about: string[];
}

const PEOPLE_COLUMNS: Column<PersonRow>[] = [
  { name: 'id', value: (p) => p.id },
  { name: 'name', value: (p) => p.name },
  { name: 'url', value: (p) => p.url },
  { name: 'aliases', value: (p) => list(p.aliases) },
  { name: 'role', value: (p) => p.role },
  { name: 'country', value: (p) => p.country },
  { name: 'claims_made', value: (p) => list(p.made) },
  { name: 'claims_about', value: (p) => list(p.about) },
];

/** The header of each table, in order (docs/open-data.md documents every one). */
export const CSV_COLUMNS: Record<DataTable, string[]> = {
  claims: CLAIM_COLUMNS.map((c) => c.name),
  quotes: QUOTE_COLUMNS.map((c) => c.name),
  sources: SOURCE_COLUMNS.map((c) => c.name),
  people: PEOPLE_COLUMNS.map((c) => c.name),
};

/** claims.csv: one row per claim, sorted by id. */
export function claimsCsv(data: ClaimsDataset): string {
  return csv(CLAIM_COLUMNS, data.claims);
}

/** quotes.csv: one row per appearance, by claim id, then in the claim's order. */
export function quotesCsv(data: ClaimsDataset, index: SiteIndex): string {
  const rows = data.claims.flatMap((claim) =>
    claim.appearances.map((appearance) => ({
      claim,
      appearance,
      outletName: index.outlet.get(appearance.outlet)?.data.name ?? appearance.outlet,
      language: index.article.get(appearance.article)?.data.language ?? '',
    })),
  );
  return csv(QUOTE_COLUMNS, rows);
}

/** sources.csv: one row per source, by claim id, then in the claim's order (`position` from 1). */
export function sourcesCsv(data: ClaimsDataset): string {
  return csv(
    SOURCE_COLUMNS,
    data.claims.flatMap((claim) => claim.sources.map((source, i) => ({ claim, source, position: i + 1 }))),
  );
}

/** people.csv: every person, sorted by id, with the ids of the claims they made and that are about them. */
export function peopleCsv(data: ClaimsDataset, index: SiteIndex, siteUrl: URL | string): string {
  // One pass over the claims (in id order), so the table grows linearly with them.
  const made = new Map<string, string[]>();
  const about = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, person: string, claim: string) => {
    const claims = map.get(person);
    if (claims) claims.push(claim);
    else map.set(person, [claim]);
  };
  for (const c of data.claims) {
    if (c.claimant.person) add(made, c.claimant.person.id, c.id);
    for (const p of c.people) add(about, p, c.id);
  }
  const rows = [...index.people]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((p) => ({
      id: p.id,
      name: p.data.name,
      url: absolute(paths.person(p.id), siteUrl),
      aliases: p.data.aliases,
      role: p.data.role,
      country: p.data.country,
      made: made.get(p.id) ?? [],
      about: about.get(p.id) ?? [],
    }));
  return csv(PEOPLE_COLUMNS, rows);
}

/** Any one table. */
export function csvTable(table: DataTable, data: ClaimsDataset, index: SiteIndex, siteUrl: URL | string): string {
  switch (table) {
    case 'claims':
      return claimsCsv(data);
    case 'quotes':
      return quotesCsv(data, index);
    case 'sources':
      return sourcesCsv(data);
    case 'people':
      return peopleCsv(data, index, siteUrl);
  }
}
