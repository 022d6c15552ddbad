/**
 * The claims as open data: /data/claims.json, everything a claim page says,
 * as data (the CSV tables for spreadsheets are built from it in
 * open-data-csv.ts). The format is documented field by field in
 * docs/open-data.md; bump SCHEMA_VERSION when a field is removed or changes
 * meaning, in the JSON or in a CSV table.
 *
 * Output is deterministic (claims sorted by id, no build timestamp), so the
 * files change only when the content does and diff cleanly between versions.
 */
import { LICENCE, SITE_SHORT_NAME } from '../../consts.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { claimView } from '../site/claim-view.ts';
import { absolute, paths, type Locale } from '../urls.ts';
import { VERDICTS, VERDICT_IDS, type VerdictId } from '../model/verdicts.ts';
import { verdictIn } from '../i18n/names.ts';
import { TRANSLATION_LOCALES } from '../content/translations.ts';

/** Version of the format described in docs/open-data.md (2: the CSV's dates became one format, with a precision column). */
export const SCHEMA_VERSION = 2;

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
  /** The claim in each translated edition that has it (the English above is authoritative). */
  translations: Partial<Record<Locale, ClaimTranslationRecord>>;
}

/** A claim as one translated edition renders it. */
export interface ClaimTranslationRecord {
  url: string;
  claim: string;
  verdictLabel: string;
  conclusion: string;
  evidenceGap: string | null;
  /** Our translation of each appearance's quote, in order (the quotes themselves stay verbatim). */
  quoteTranslations: string[];
  /** When the translation was made or last brought up to date. */
  translated: string;
  /** False when the English has changed since: the translated page says so until it is brought up to date. */
  current: boolean;
  image: string;
}

/** The whole of claims.json. */
export interface ClaimsDataset {
  schemaVersion: number;
  title: string;
  site: string;
  documentation: string;
  /** The terms of reuse, and what they do not cover. */
  licence: { id: string; name: string; url: string; attribution: string; excludes: string };
  lastUpdated: string | null;
  verdictScale: {
    id: VerdictId;
    label: string;
    definition: string;
    ratingValue: number;
    translations: Partial<Record<Locale, { label: string; definition: string }>>;
  }[];
  claims: ClaimRecord[];
}

/** Builds the dataset from the site index. */
export function claimsDataset(index: SiteIndex, siteUrl: URL | string): ClaimsDataset {
  const abs = (path: string) => absolute(path, siteUrl);
  const linked = (kind: 'people' | 'outlets', id: string | undefined): LinkedEntry | null => {
    if (!id) return null;
    if (kind === 'people') return { id, name: index.person.get(id)?.data.name ?? id, url: abs(paths.person(id)) };
    return { id, name: index.outlet.get(id)?.data.name ?? id, url: abs(paths.outlet(id)) };
  };
  const claims = [...index.claims]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c): ClaimRecord => {
      const d = c.data;
      const view = claimView(c, index, siteUrl);
      return {
        id: c.id,
        url: view.permalink,
        claim: d.claim,
        kind: d.kind,
        verdict: d.verdict,
        verdictLabel: VERDICTS[d.verdict].label,
        conclusion: d.conclusion,
        claimant: { person: linked('people', d.claimant.person?.id), outlet: linked('outlets', d.claimant.outlet?.id) },
        claimDate: d.claimDate,
        published: d.published,
        updated: d.updated ?? null,
        appearances: view.appearances.map((a) => ({
          article: a.article.id,
          articleTitle: a.article.data.title,
          articleUrl: abs(paths.article(a.article.id)),
          originalUrl: a.article.data.url ?? null,
          outlet: a.article.data.outlet.id,
          quote: a.quote,
          quoteUrl: abs(a.quotePath),
        })),
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
        related: (index.relatedByClaim.get(c.id) ?? []).map((r) => r.id).sort(),
        people: d.people.map((p) => p.id),
        events: (index.eventsByClaim.get(c.id) ?? []).map((e) => e.id).sort(),
        image: abs(view.imagePath),
        translations: Object.fromEntries(
          TRANSLATION_LOCALES.flatMap((locale) => {
            const local = claimView(c, index, siteUrl, locale, { staleTranslation: true });
            const tr = local.translation;
            if (!tr) return [];
            const record: ClaimTranslationRecord = {
              url: local.permalink,
              claim: local.claim,
              verdictLabel: local.verdict.label,
              conclusion: local.conclusion,
              evidenceGap: local.evidenceGap ?? null,
              quoteTranslations: local.appearances.flatMap((a) => (a.translatedQuote ? [a.translatedQuote] : [])),
              translated: tr.translated,
              current: tr.current,
              image: abs(local.imagePath),
            };
            return [[locale, record]];
          }),
        ),
      };
    });
  const dates = claims.map((c) => c.updated ?? c.published).sort();
  return {
    schemaVersion: SCHEMA_VERSION,
    title: `${SITE_SHORT_NAME}: fact-checked claims`,
    site: abs(paths.home()),
    documentation: abs(paths.about('data')),
    licence: { ...LICENCE },
    lastUpdated: dates.at(-1) ?? null,
    verdictScale: VERDICT_IDS.map((id) => ({
      id,
      label: VERDICTS[id].label,
      definition: VERDICTS[id].definition,
      ratingValue: VERDICTS[id].ratingValue,
      translations: Object.fromEntries(
        TRANSLATION_LOCALES.map((l) => [l, { label: verdictIn(id, l).label, definition: verdictIn(id, l).definition }]),
      ),
    })),
    claims,
  };
}
