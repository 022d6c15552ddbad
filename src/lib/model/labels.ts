/**
 * The words readers see for kinds of things: entry kinds (on the timeline, in
 * search results), claim kinds, and an outlet's tie to a state. One place, so
 * a label reads the same on every page (and can be translated once).
 */
import type { Claim } from '../../schemas/claim.ts';
import type { Outlet } from '../../schemas/outlet.ts';

/** The kinds of entry a reader meets in lists, the timeline and search. */
export type EntryKind = 'person' | 'outlet' | 'event' | 'article' | 'claim';

/** Singular and plural label of each entry kind. */
export const ENTRY_KIND_LABELS: Readonly<Record<EntryKind, { label: string; plural: string }>> = {
  person: { label: 'Person', plural: 'People' },
  outlet: { label: 'Outlet', plural: 'Outlets' },
  event: { label: 'Event', plural: 'Events' },
  article: { label: 'Article', plural: 'Articles' },
  claim: { label: 'Claim', plural: 'Claims' },
};

/** How a claim's kind is named on its page: "factual claim", "opinion", "prediction". */
export const CLAIM_KIND_LABELS: Readonly<Record<Claim['kind'], string>> = {
  factual: 'factual claim',
  opinion: 'opinion',
  prediction: 'prediction',
};

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** A language code as readers say it: `en` → "English", `ru` → "Russian" (the code itself when unknown). */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

/** An outlet's tie to a state, in words: "state owned (Russia)", "independent". */
export function stateAffiliationLabel(outlet: Pick<Outlet, 'stateAffiliation' | 'affiliatedState'>): string {
  const kind = outlet.stateAffiliation.replace('-', ' ');
  return outlet.affiliatedState ? `${kind} (${outlet.affiliatedState})` : kind;
}
