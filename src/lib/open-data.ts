/**
 * The claims as open data: /data/claims.json (everything a claim page says,
 * as data) and /data/claims.csv (one row per claim, for spreadsheets). The
 * format is documented field by field in docs/open-data.md; bump
 * SCHEMA_VERSION when a field is removed or changes meaning.
 *
 * Output is deterministic (claims sorted by id, no build timestamp), so the
 * files change only when the content does and diff cleanly between versions.
 */
import { quoteHref } from './claim-marks.ts';
import { claimUrl } from './feeds.ts';
import type { SiteIndex } from './site-index.ts';
import { VERDICTS, VERDICT_IDS, type VerdictId } from './verdicts.ts';

/** Version of the format described in docs/open-data.md. */
export const SCHEMA_VERSION = 1;

/** A linked entry: its id, name and page. */
export interface LinkedEntry {
  id: string;
  name: string;
  url: string;
}

/** One claim in claims.json. */
export interface ClaimRecord {
  id: string;
  url: string;
  claim: string;
  kind: 'factual' | 'opinion' | 'prediction';
  verdict: VerdictId;
  verdictLabel: string;
  conclusion: string;
  claimant: { person: LinkedEntry | null; outlet: LinkedEntry | null };
  claimDate: string;
  published: string;
  updated: string | null;
  appearances: {
    article: string;
    articleTitle: string;
    articleUrl: string;
    originalUrl: string | null;
    outlet: string;
    quote: string;
    quoteUrl: string;
  }[];
  sources: {
    publisher: string;
    title: string;
    date: string;
    url: string | null;
    archiveUrl: string | null;
    primary: boolean;
    note: string | null;
  }[];
  evidenceGap: string | null;
  corrections: { date: string; text: string; previousVerdict: VerdictId | null }[];
  related: string[];
  people: string[];
  events: string[];
  image: string;
}

/** The whole of claims.json. */
export interface ClaimsDataset {
  schemaVersion: number;
  title: string;
  site: string;
  documentation: string;
  lastUpdated: string | null;
  verdictScale: { id: VerdictId; label: string; definition: string; ratingValue: number }[];
  claims: ClaimRecord[];
}

/** Builds the dataset from the site index. */
export function claimsDataset(site: SiteIndex, siteUrl: URL | string): ClaimsDataset {
  const abs = (path: string) => new URL(path, siteUrl).href;
  const linked = (kind: 'people' | 'outlets', id: string | undefined): LinkedEntry | null => {
    if (!id) return null;
    const name = (kind === 'people' ? site.person.get(id)?.data.name : site.outlet.get(id)?.data.name) ?? id;
    return { id, name, url: abs(`/${kind}/${id}/`) };
  };
  const claims = [...site.claims]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c): ClaimRecord => {
      const d = c.data;
      const seen = new Map<string, number>();
      return {
        id: c.id,
        url: claimUrl(c.id, siteUrl),
        claim: d.claim,
        kind: d.kind,
        verdict: d.verdict,
        verdictLabel: VERDICTS[d.verdict].label,
        conclusion: d.conclusion,
        claimant: { person: linked('people', d.claimant.person?.id), outlet: linked('outlets', d.claimant.outlet?.id) },
        claimDate: d.claimDate,
        published: d.published,
        updated: d.updated ?? null,
        appearances: d.appearances.map((a) => {
          const n = seen.get(a.article.id) ?? 0;
          seen.set(a.article.id, n + 1);
          const article = site.article.get(a.article.id);
          return {
            article: a.article.id,
            articleTitle: article?.data.title ?? a.article.id,
            articleUrl: abs(`/articles/${a.article.id}/`),
            originalUrl: article?.data.url ?? null,
            outlet: article?.data.outlet.id ?? '',
            quote: a.quote,
            quoteUrl: abs(quoteHref(a.article.id, c.id, n)),
          };
        }),
        sources: d.sources.map((s) => ({
          publisher: s.publisher,
          title: s.title,
          date: s.date,
          url: s.url ?? null,
          archiveUrl: s.archiveUrl ?? null,
          primary: s.primary,
          note: s.note ?? null,
        })),
        evidenceGap: d.evidenceGap ?? null,
        corrections: d.corrections.map((k) => ({ date: k.date, text: k.text, previousVerdict: k.previousVerdict ?? null })),
        related: (site.relatedByClaim.get(c.id) ?? []).map((r) => r.id).sort(),
        people: d.people.map((p) => p.id),
        events: (site.eventsByClaim.get(c.id) ?? []).map((e) => e.id).sort(),
        image: abs(`/og/claims/${c.id}.png`),
      };
    });
  const dates = claims.map((c) => c.updated ?? c.published).sort();
  return {
    schemaVersion: SCHEMA_VERSION,
    title: 'Spheres of Influence: fact-checked claims',
    site: abs('/'),
    documentation: abs('/about/#data'),
    lastUpdated: dates.at(-1) ?? null,
    verdictScale: VERDICT_IDS.map((id) => ({
      id,
      label: VERDICTS[id].label,
      definition: VERDICTS[id].definition,
      ratingValue: VERDICTS[id].ratingValue,
    })),
    claims,
  };
}

/** Columns of claims.csv, in order. */
export const CSV_COLUMNS = [
  'id',
  'url',
  'claim',
  'kind',
  'verdict',
  'verdict_label',
  'conclusion',
  'claimant_person',
  'claimant_outlet',
  'claim_date',
  'published',
  'updated',
  'articles',
  'source_count',
  'correction_count',
] as const;

/** One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The dataset as CSV: a header row, then one row per claim; CRLF line ends; lists joined with "; ". */
export function claimsCsv(data: ClaimsDataset): string {
  const rows = data.claims.map((c) => [
    c.id,
    c.url,
    c.claim,
    c.kind,
    c.verdict,
    c.verdictLabel,
    c.conclusion,
    c.claimant.person?.name ?? '',
    c.claimant.outlet?.name ?? '',
    c.claimDate,
    c.published,
    c.updated ?? '',
    [...new Set(c.appearances.map((a) => a.article))].join('; '),
    c.sources.length,
    c.corrections.length,
  ]);
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
