/**
 * Finding the translation of a claim or event for an edition, and whether it
 * still renders the current English. Pages ask here; they never show a
 * translation whose verdict differs (the build refuses those).
 */
import { createHash } from 'node:crypto';
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
  /** A digest of every translation of one edition, for the cache keys of its pages. */
  digest(locale: Locale): string;
}

/** Indexes translations once. */
export function indexTranslations(translations: Translations): TranslationIndex {
  const key = (locale: string, id: string) => `${locale}/${id}`;
  const claims = new Map(translations.claims.map((t) => [key(t.locale, t.id), t]));
  const events = new Map(translations.events.map((t) => [key(t.locale, t.id), t]));
  const digests = new Map<Locale, string>();
  return {
    digest(locale) {
      let d = digests.get(locale);
      if (d === undefined) {
        const hash = createHash('sha1');
        for (const t of [...translations.claims, ...translations.events].filter((x) => x.locale === locale))
          hash.update(`${t.id}\0${JSON.stringify(t.data)}\0${t.body}\0`);
        digests.set(locale, (d = hash.digest('base64url')));
      }
      return d;
    },
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
