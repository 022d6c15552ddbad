/**
 * The message catalogue of each edition: `src/i18n/<locale>/<namespace>.json`,
 * one file per area of the site, every key prefixed with its namespace
 * (`claim.sources`). English is the source of the keys; `lib/i18n/messages.ts`
 * checks the others against it. A new namespace is one import per edition here.
 */
import en_common from './en/common.json' with { type: 'json' };
import en_verdicts from './en/verdicts.json' with { type: 'json' };
import en_claim from './en/claim.json' with { type: 'json' };
import en_sources from './en/sources.json' with { type: 'json' };
import en_article from './en/article.json' with { type: 'json' };
import en_lists from './en/lists.json' with { type: 'json' };
import en_timeline from './en/timeline.json' with { type: 'json' };
import en_entities from './en/entities.json' with { type: 'json' };
import en_home from './en/home.json' with { type: 'json' };
import en_about from './en/about.json' with { type: 'json' };
import en_methodology from './en/methodology.json' with { type: 'json' };
import en_search from './en/search.json' with { type: 'json' };
import en_corrections from './en/corrections.json' with { type: 'json' };
import uk_common from './uk/common.json' with { type: 'json' };
import uk_verdicts from './uk/verdicts.json' with { type: 'json' };
import uk_claim from './uk/claim.json' with { type: 'json' };
import uk_sources from './uk/sources.json' with { type: 'json' };
import uk_article from './uk/article.json' with { type: 'json' };
import uk_lists from './uk/lists.json' with { type: 'json' };
import uk_timeline from './uk/timeline.json' with { type: 'json' };
import uk_entities from './uk/entities.json' with { type: 'json' };
import uk_home from './uk/home.json' with { type: 'json' };
import uk_about from './uk/about.json' with { type: 'json' };
import uk_methodology from './uk/methodology.json' with { type: 'json' };
import uk_search from './uk/search.json' with { type: 'json' };
import uk_corrections from './uk/corrections.json' with { type: 'json' };
import ru_common from './ru/common.json' with { type: 'json' };
import ru_verdicts from './ru/verdicts.json' with { type: 'json' };
import ru_claim from './ru/claim.json' with { type: 'json' };
import ru_sources from './ru/sources.json' with { type: 'json' };
import ru_article from './ru/article.json' with { type: 'json' };
import ru_lists from './ru/lists.json' with { type: 'json' };
import ru_timeline from './ru/timeline.json' with { type: 'json' };
import ru_entities from './ru/entities.json' with { type: 'json' };
import ru_home from './ru/home.json' with { type: 'json' };
import ru_about from './ru/about.json' with { type: 'json' };
import ru_methodology from './ru/methodology.json' with { type: 'json' };
import ru_search from './ru/search.json' with { type: 'json' };
import ru_corrections from './ru/corrections.json' with { type: 'json' };

/** The namespaces, in the order their files are listed. */
export const NAMESPACES = [
  'common',
  'verdicts',
  'claim',
  'sources',
  'article',
  'lists',
  'timeline',
  'entities',
  'home',
  'about',
  'methodology',
  'search',
  'corrections',
] as const;

/** The English catalogue: the source of every key. */
export const en = {
  ...en_common,
  ...en_verdicts,
  ...en_claim,
  ...en_sources,
  ...en_article,
  ...en_lists,
  ...en_timeline,
  ...en_entities,
  ...en_home,
  ...en_about,
  ...en_methodology,
  ...en_search,
  ...en_corrections,
};

/** Each edition's catalogue, file by file (for messages naming the file). */
export const FILES = {
  en: {
    common: en_common,
    verdicts: en_verdicts,
    claim: en_claim,
    sources: en_sources,
    article: en_article,
    lists: en_lists,
    timeline: en_timeline,
    entities: en_entities,
    home: en_home,
    about: en_about,
    methodology: en_methodology,
    search: en_search,
    corrections: en_corrections,
  },
  uk: {
    common: uk_common,
    verdicts: uk_verdicts,
    claim: uk_claim,
    sources: uk_sources,
    article: uk_article,
    lists: uk_lists,
    timeline: uk_timeline,
    entities: uk_entities,
    home: uk_home,
    about: uk_about,
    methodology: uk_methodology,
    search: uk_search,
    corrections: uk_corrections,
  },
  ru: {
    common: ru_common,
    verdicts: ru_verdicts,
    claim: ru_claim,
    sources: ru_sources,
    article: ru_article,
    lists: ru_lists,
    timeline: ru_timeline,
    entities: ru_entities,
    home: ru_home,
    about: ru_about,
    methodology: ru_methodology,
    search: ru_search,
    corrections: ru_corrections,
  },
} as const;
