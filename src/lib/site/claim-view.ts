/**
 * A claim as every output shows it, derived once: who made it (by name), where
 * it appeared (with the anchor of each quote in its article), its permanent
 * URL, its image and embed card, and the words that frame it. The claim page,
 * the lists, the feeds, the open data, the embed card and the Open Graph image
 * all take these facts from here, so they can never disagree.
 *
 * A claim is never shown bare: its `headline` says who claimed it, where and
 * when before the claim itself ("RT claimed, January 2025: Kyiv has outlawed…"),
 * and its `title` leads with the verdict ("Misleading — RT claimed, …").
 */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Outlet } from '../../schemas/outlet.ts';
import type { Person } from '../../schemas/person.ts';
import type { Entry } from '../model/entry.ts';
import { formatPartialDate } from '../model/dates.ts';
import type { VerdictInfo } from '../model/verdicts.ts';
import { translator, type MessageKey } from '../i18n/messages.ts';
import { personName, verdictIn } from '../i18n/names.ts';
import { absolute, DEFAULT_LOCALE, paths, type Locale } from '../urls.ts';
import type { SiteIndex } from './site-index.ts';

/** One place the claim appeared. */
export interface AppearanceView {
  /** The article. */
  article: Entry<Article>;
  /** The outlet that published the article. */
  outlet: Entry<Outlet> | undefined;
  /** The verbatim quote. */
  quote: string;
  /** The original's own words, for a translated article. */
  original: Claim['appearances'][number]['original'];
  /** Root-relative link to the quote's place in the article. */
  quotePath: string;
  /** Our translation of the quote into the edition's language (translated editions only; the quote itself stays verbatim). */
  translatedQuote: string | undefined;
}

/** How a translated edition renders the claim. */
export interface TranslationStatus {
  /** Whether the translation renders the current English text; when not, the page says the English was updated after it. */
  current: boolean;
  /** When the translation was made or last brought up to date. */
  translated: string;
  /** The translated analysis (Markdown). */
  body: string;
  /** The English page, which is authoritative. */
  englishPath: string;
}

/** Everything derived about a claim. */
export interface ClaimView {
  /** The claim entry itself. */
  entry: Entry<Claim>;
  /** The edition this view is in. */
  locale: Locale;
  /** The claim restated, in the edition's language (the English where no translation exists). */
  claim: string;
  /** The one-sentence conclusion, in the edition's language. */
  conclusion: string;
  /** What evidence is missing, in the edition's language. */
  evidenceGap: string | undefined;
  /** In a translated edition: the translation and whether it is current; undefined in English or where no translation exists. */
  translation: TranslationStatus | undefined;
  /** Its verdict's label (in the edition's language), symbol and definition. */
  verdict: VerdictInfo;
  /** The claimant person, when there is one. */
  person: Entry<Person> | undefined;
  /** The claimant outlet, when there is one. */
  outlet: Entry<Outlet> | undefined;
  /** "Person, Outlet": who made the claim, by name (the id where a name is missing). */
  claimantNames: string;
  /** The claimant as one name for structured data: the person, else the outlet. */
  claimantName: string;
  /** `Person` or `Organization`, for structured data. */
  claimantType: 'Person' | 'Organization';
  /** Where it appeared, in frontmatter order. */
  appearances: AppearanceView[];
  /** Who made it, where and when, in words: "RT claimed, January 2025"; "Konstantin Kosachev predicted in Sputnik, 14 November 2024". */
  attribution: string;
  /** The claim framed as a claim: "RT claimed, January 2025: Kyiv has outlawed any talks…". Headings, cards, citations. */
  headline: string;
  /** The headline led by the verdict: "Misleading — RT claimed, January 2025: …". The page's `<title>`, feed items, link previews. */
  title: string;
  /** Root-relative URL of the claim page. */
  path: string;
  /** Absolute permanent URL. */
  permalink: string;
  /** Root-relative URL of its Open Graph image. */
  imagePath: string;
  /** Absolute URL of its embeddable card (`/embed/claims/<id>/`). */
  embedUrl: string;
  /** Absolute URL of its oEmbed description. */
  oembedUrl: string;
  /** The day of the latest check: `updated`, else `published`. */
  checked: string;
}

/** How a view treats a translation the English has moved on from. */
export interface ClaimViewOptions {
  /**
   * Show a stale translation (the English changed after it). Only outputs that
   * say so beside it set this: the claim page (with its notice), its Open Graph
   * image and the open data (with `current: false`). Lists, the timeline, feeds
   * and search show the current English instead.
   */
  staleTranslation?: boolean;
}

type ViewIndex = Pick<SiteIndex, 'article' | 'person' | 'outlet' | 'translations'>;
const views = new WeakMap<ViewIndex, WeakMap<Entry<Claim>, Map<string, ClaimView>>>();

/**
 * Derives a claim's view in an edition (English by default). `siteUrl` is the public origin (Astro's `site`).
 * Made once per claim, index, edition and option: a claim appears on its page, its lists, its people's and
 * outlets' pages and the feeds, each asking for the same view.
 */
export function claimView(
  entry: Entry<Claim>,
  index: ViewIndex,
  siteUrl: URL | string,
  locale: Locale = DEFAULT_LOCALE,
  options: ClaimViewOptions = {},
): ClaimView {
  let byEntry = views.get(index);
  if (!byEntry) views.set(index, (byEntry = new WeakMap()));
  let byKey = byEntry.get(entry);
  if (!byKey) byEntry.set(entry, (byKey = new Map()));
  const key = `${locale}\0${options.staleTranslation === true}\0${String(siteUrl)}`;
  let view = byKey.get(key);
  if (!view) byKey.set(key, (view = deriveClaimView(entry, index, siteUrl, locale, options)));
  return view;
}

function deriveClaimView(
  entry: Entry<Claim>,
  index: ViewIndex,
  siteUrl: URL | string,
  locale: Locale,
  options: ClaimViewOptions,
): ClaimView {
  const d = entry.data;
  const found = locale === DEFAULT_LOCALE ? undefined : index.translations.claim(locale, entry);
  // A stale translation is shown only where the page says so (the claim page, its image, the open data); elsewhere the English.
  const rendering = found && (found.current || options.staleTranslation) ? found : undefined;
  const tr = rendering?.translation.data;
  const person = d.claimant.person && index.person.get(d.claimant.person.id);
  const outlet = d.claimant.outlet && index.outlet.get(d.claimant.outlet.id);
  const seen = new Map<string, number>();
  const appearances = d.appearances.flatMap((a): AppearanceView[] => {
    const n = seen.get(a.article.id) ?? 0;
    seen.set(a.article.id, n + 1);
    const article = index.article.get(a.article.id);
    if (!article) return [];
    return [
      {
        article,
        outlet: index.outlet.get(article.data.outlet.id),
        quote: a.quote,
        original: a.original,
        quotePath: paths.quote(article.id, entry.id, n, locale),
        translatedQuote: undefined,
      },
    ];
  });
  if (tr) appearances.forEach((a, i) => (a.translatedQuote = tr.quotes[i]));
  const path = paths.claim(entry.id, locale);
  const verdict = verdictIn(d.verdict, locale);
  const attribution = attributionLine(
    {
      person: personName(person, locale) ?? d.claimant.person?.id,
      outlet: outlet?.data.name ?? d.claimant.outlet?.id,
      appearedIn: appearances[0]?.outlet?.data.name,
      kind: d.kind,
      date: d.claimDate,
    },
    locale,
  );
  const claim = tr?.claim ?? d.claim;
  const headline = `${attribution}: ${claim}`;
  return {
    entry,
    locale,
    claim,
    conclusion: tr?.conclusion ?? d.conclusion,
    evidenceGap: d.evidenceGap === undefined ? undefined : (tr?.evidenceGap ?? d.evidenceGap),
    translation: rendering && {
      current: rendering.current,
      translated: rendering.translation.data.translated,
      body: rendering.translation.body,
      englishPath: paths.claim(entry.id),
    },
    verdict,
    person,
    outlet,
    claimantNames: claimantNames(entry, index, locale),
    claimantName: personName(person, locale) ?? outlet?.data.name ?? d.claimant.person?.id ?? d.claimant.outlet?.id ?? 'Unknown',
    claimantType: person ? 'Person' : 'Organization',
    appearances,
    attribution,
    headline,
    title: `${verdict.label} — ${headline}`,
    path,
    permalink: absolute(path, siteUrl),
    // An untranslated claim previews with its English card (its text is the English); a translated one with its edition's.
    imagePath: paths.claimImage(entry.id, rendering ? locale : DEFAULT_LOCALE),
    embedUrl: absolute(paths.embed(entry.id), siteUrl),
    oembedUrl: absolute(paths.oembed(entry.id), siteUrl),
    checked: d.updated ?? d.published,
  };
}

/** "Person, Outlet": who made the claim, by name as the edition spells it (the id where a name is missing). Lists and the timeline use it alone. */
export function claimantNames(entry: Entry<Claim>, index: Pick<SiteIndex, 'person' | 'outlet'>, locale: Locale = DEFAULT_LOCALE): string {
  const { person, outlet } = entry.data.claimant;
  return [
    person && (personName(index.person.get(person.id), locale) ?? person.id),
    outlet && (index.outlet.get(outlet.id)?.data.name ?? outlet.id),
  ]
    .filter((n): n is string => typeof n === 'string')
    .join(', ');
}

/** What an attribution line is made of. */
export interface AttributionParts {
  /** The person who made the claim, by name. */
  person?: string | undefined;
  /** The claimant outlet: the one that made it in its own voice, or that carried the person's words. */
  outlet?: string | undefined;
  /** The outlet of the first article it appeared in (the "where" when no claimant outlet is named). */
  appearedIn?: string | undefined;
  /** The claim's kind: it picks the verb ("claimed", "said", "predicted"). */
  kind: Claim['kind'];
  /** When it was claimed, at its precision. */
  date: string;
}

/**
 * "Who claimed it, where, when", in an edition's words (`claim.attribution.*`):
 * `RT claimed, January 2025` (an outlet in its own voice is its own "where");
 * `Konstantin Kosachev predicted in Sputnik, 14 November 2024`. Ukrainian and
 * Russian use the present tense ("стверджує", "прогнозує"), which needs no gender.
 */
export function attributionLine(p: AttributionParts, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale);
  const verb = t(`claim.verb.${p.kind}` as MessageKey);
  const date = formatPartialDate(p.date, false, locale);
  if (!p.person) return t('claim.attribution.outlet', { outlet: p.outlet ?? p.appearedIn ?? t('claim.unknown'), verb, date });
  const where = p.outlet ?? p.appearedIn;
  return where
    ? t('claim.attribution.personIn', { person: p.person, verb, where, date })
    : t('claim.attribution.person', { person: p.person, verb, date });
}
