/**
 * The words readers see for kinds of things: entry kinds (on the timeline, in
 * search results), claim kinds, and an outlet's tie to a state. One place, so
 * a label reads the same on every page (and can be translated once).
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Outlet } from '../../schemas/outlet.ts';
import { translator, type MessageKey } from '../i18n/messages.ts';
import { DEFAULT_LOCALE, type Locale } from '../urls.ts';

/** The kinds of entry a reader meets in lists, the timeline and search. */
export type EntryKind = 'person' | 'outlet' | 'event' | 'article' | 'claim';

/** The name of an entry kind in an edition: "Person", "Особа"; `plural` for "People", "Люди". */
export function entryKindLabel(kind: EntryKind, locale: Locale = DEFAULT_LOCALE, plural = false): string {
  return translator(locale)(`common.${plural ? 'kinds' : 'kind'}.${kind}` as MessageKey);
}

/** How a claim's kind is named on its page: "factual claim", "opinion", "prediction". */
export function claimKindLabel(kind: Claim['kind'], locale: Locale = DEFAULT_LOCALE): string {
  return translator(locale)(`claim.kind.${kind}` as MessageKey);
}

const languageNames = new Map<Locale, Intl.DisplayNames>();

/** A language code as an edition's readers say it: `ru` → "Russian", "російська" (the code itself when unknown). */
export function languageName(code: string, locale: Locale = DEFAULT_LOCALE): string {
  let names = languageNames.get(locale);
  if (!names) languageNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'language' })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** An outlet's tie to a state, in an edition's words: "state owned (Russia)", "independent". */
export function stateAffiliationLabel(
  outlet: Pick<Outlet, 'stateAffiliation' | 'affiliatedState'>,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = translator(locale);
  const kind = t(`common.affiliation.${outlet.stateAffiliation}` as MessageKey);
  return outlet.affiliatedState ? t('common.affiliation.withState', { kind, state: outlet.affiliatedState }) : kind;
}
