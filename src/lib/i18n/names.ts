/**
 * What an edition calls things that have a name in every language: verdicts
 * (their label and definition, from the `verdicts` catalogue) and people (the
 * spelling each language uses, `localNames` in `content/people/`). Pages,
 * feeds, images and the search index all take these from here.
 */
import type { Person } from '../../schemas/person.ts';
import { VERDICTS, type VerdictId, type VerdictInfo } from '../model/verdicts.ts';
import { DEFAULT_LOCALE, type Locale } from '../urls.ts';
import { translator, type MessageKey } from './messages.ts';

/** A verdict as an edition shows it: its label and definition in that language. */
export function verdictIn(id: VerdictId, locale: Locale = DEFAULT_LOCALE): VerdictInfo {
  if (locale === DEFAULT_LOCALE) return VERDICTS[id];
  const key = `${locale}/${id}`;
  let info = localVerdicts.get(key);
  if (!info) {
    const t = translator(locale);
    info = { ...VERDICTS[id], label: t(`verdicts.${id}.label` as MessageKey), definition: t(`verdicts.${id}.definition` as MessageKey) };
    localVerdicts.set(key, info);
  }
  return info;
}

/** Each edition's verdicts, made once (every badge, card and feed item asks). */
const localVerdicts = new Map<string, VerdictInfo>();

/** A person's name as an edition spells it: "Костянтин Малофєєв" in Ukrainian, the English name where no spelling is recorded. */
export function personName(
  person: { data: Pick<Person, 'name' | 'localNames'> } | undefined,
  locale: Locale = DEFAULT_LOCALE,
): string | undefined {
  if (!person) return undefined;
  return locale === DEFAULT_LOCALE
    ? person.data.name
    : ((person.data.localNames as Partial<Record<Locale, string>>)[locale] ?? person.data.name);
}
