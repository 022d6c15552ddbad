/**
 * Country names (the `country`, `affiliatedState`, `stateAffiliation` and
 * `jurisdiction` fields are English strings): the few the content uses are in
 * the `entities` catalogue as `entities.country.<English name>`; any other
 * stays in English, marked as such on a translated page.
 */
import { en } from '../../i18n/index.ts';
import { translator, type MessageKey } from '../i18n/messages.ts';
import { langOf } from '../i18n/editions.ts';
import { DEFAULT_LOCALE, type Locale } from '../urls.ts';

/** A country as an edition names it, with the `lang` to put on it (undefined when it is in the page's language). */
export interface CountryName {
  /** The name. */
  name: string;
  /** `en` for an English name on a translated page; else undefined. */
  lang: string | undefined;
}

/** "Russia" → { name: "Росія" } in Ukrainian; "Netherlands (founded in Russia)" → { name: "Netherlands (founded in Russia)", lang: "en" }. */
export function countryName(english: string, locale: Locale = DEFAULT_LOCALE): CountryName {
  const key = `entities.country.${english}`;
  if (locale === DEFAULT_LOCALE || !(key in en)) return { name: english, lang: langOf('en', locale) };
  return { name: translator(locale)(key as MessageKey), lang: undefined };
}
