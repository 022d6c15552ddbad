/**
 * Finding the translation of a claim or event for an edition, and whether it
 * still renders the current English. Pages ask here; they never show a
 * translation whose verdict differs (the build refuses those).
 */
import type { ClaimTranslation, EventTranslation } from '../../schemas/translation.ts';
import type { Entry } from '../model/entry.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import type { Locale } from '../urls.ts';
import type { Translation, Translations } from '../content/translations.ts';
import { claimSourceHash, eventSourceHash } from './source-hash.ts';

/** A translation as a page shows it. */
export interface Rendering<T> {
  /** The translated text. */
  translation: Translation<T>;
  /** False when the English changed after the translation was made: the page says so. */
  current: boolean;
}

/** Translations by edition and id. */
export interface TranslationIndex {
  /** The translation of a claim in an edition, if there is one. */
  claim(locale: Locale, claim: Entry<Claim>): Rendering<ClaimTranslation> | undefined;
  /** The translation of an event in an edition, if there is one. */
  event(locale: Locale, event: Entry<Event>): Rendering<EventTranslation> | undefined;
}

/** Indexes translations once. */
export function indexTranslations(translations: Translations): TranslationIndex {
  const key = (locale: string, id: string) => `${locale}/${id}`;
  const claims = new Map(translations.claims.map((t) => [key(t.locale, t.id), t]));
  const events = new Map(translations.events.map((t) => [key(t.locale, t.id), t]));
  return {
    claim(locale, claim) {
      const t = claims.get(key(locale, claim.id));
      return t && { translation: t, current: t.data.source.hash === claimSourceHash(claim) };
    },
    event(locale, event) {
      const t = events.get(key(locale, event.id));
      return t && { translation: t, current: t.data.source.hash === eventSourceHash(event) };
    },
  };
}
