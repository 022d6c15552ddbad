/**
 * The words the search box and the search page write in the browser, in the
 * page's edition, from the message catalogue (`src/i18n/<locale>/search.json`).
 * The build writes them as `messages.json` beside the edition's index
 * (src/pages/search-index/[...path].ts); the client fetches them on first use
 * with the index (`client/messages.ts`), so no page carries them, no catalogue
 * is shipped to the browser and no English is hard-coded in it. Should that
 * fetch fail, the client falls back on words the page already has (the search
 * button's label), see `client/messages.ts`.
 */
import { translator } from '../lib/i18n/messages.ts';
import { verdictIn } from '../lib/i18n/names.ts';
import { entryKindLabel } from '../lib/model/labels.ts';
import { VERDICT_IDS, type VerdictId } from '../lib/model/verdicts.ts';
import { paths, type Locale } from '../lib/urls.ts';
import { SEARCH_KINDS, type SearchKind } from './kinds.ts';

/** Plural forms of a counted message, by CLDR category. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Everything the client writes. `{n}`, `{shown}`, `{total}`, `{query}`, `{count}` are filled in the browser. */
export interface SearchMessages {
  /** The edition's language, for plural rules and number formatting. */
  locale: Locale;
  /** The folder of the edition's index. */
  index: string;
  /** The edition's search page. */
  page: string;
  kinds: Record<SearchKind, string>;
  verdicts: Record<VerdictId, string>;
  /** "Matched name: " before the spelling that matched. */
  matched: string;
  /** "No results". */
  none: string;
  /** "{n} results", in every plural form. */
  results: PluralForms;
  /** "Best {shown} of {total} results". */
  best: string;
  /** "{count} for “{query}”." on the search page. */
  countFor: string;
  /** The last option of the header box: all results / open the query on the search page / unavailable. */
  all: string;
  open: string;
  boxUnavailable: string;
  /** Status lines when the index could not load. */
  unavailable: string;
  pageUnavailable: string;
}

/** The plural forms of a catalogue family (`search.results.one`, …) that the language uses. */
function forms(locale: Locale, family: 'search.results'): PluralForms {
  const t = translator(locale);
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const out: PluralForms = { other: t(`${family}.other` as never) };
  for (const c of categories) out[c] = t(`${family}.${c}` as never);
  return out;
}

/** The client's words for one edition. */
export function searchMessagesFor(locale: Locale): SearchMessages {
  const t = translator(locale);
  return {
    locale,
    index: paths.searchIndexDir(locale),
    page: paths.search(undefined, locale),
    kinds: Object.fromEntries(SEARCH_KINDS.map((k) => [k, entryKindLabel(k, locale)])) as Record<SearchKind, string>,
    verdicts: Object.fromEntries(VERDICT_IDS.map((v) => [v, verdictIn(v, locale).label])) as Record<VerdictId, string>,
    matched: t('search.client.matched'),
    none: t('search.client.none'),
    results: forms(locale, 'search.results'),
    best: t('search.client.best'),
    countFor: t('search.client.countFor'),
    all: t('search.client.all'),
    open: t('search.client.open'),
    boxUnavailable: t('search.client.boxUnavailable'),
    unavailable: t('search.client.unavailable'),
    pageUnavailable: t('search.client.pageUnavailable'),
  };
}
