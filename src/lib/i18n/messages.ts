/**
 * The interface text of every edition: one message catalogue per language
 * (`src/i18n/<locale>.json`), English the source of the keys. `t(locale)` gives
 * a typed lookup; `catalogueProblems()` lists every key a catalogue misses or
 * does not know, and every placeholder it drops, with the file, so the build
 * stops before an edition shows an English (or empty) label.
 */
import en from '../../i18n/en.json' with { type: 'json' };
import ru from '../../i18n/ru.json' with { type: 'json' };
import uk from '../../i18n/uk.json' with { type: 'json' };
import type { Problem } from '../content/problems.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../urls.ts';

/** A message key: every key of the English catalogue. */
export type MessageKey = keyof typeof en;

/** The catalogues, by edition (the translated ones are checked against English). */
const CATALOGUES: Record<Locale, Readonly<Record<string, string>>> = { en, uk, ru };

/** Where each catalogue lives, for messages to maintainers. */
export const catalogueFile = (locale: Locale) => `src/i18n/${locale}.json`;

/** `{name}` placeholders in a message. */
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** A lookup for one edition: `t('nav.claims')`, `t('claims.count', { n: '63' })`. */
export function translator(locale: Locale): (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string {
  const catalogue = CATALOGUES[locale];
  return (key, vars) => {
    const message = catalogue[key] ?? en[key];
    return vars ? message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole)) : message;
  };
}

/** Every key a translated catalogue misses, does not know, or whose placeholders differ from English. */
export function catalogueProblems(catalogues: Readonly<Record<Locale, Readonly<Record<string, string>>>> = CATALOGUES): Problem[] {
  const problems: Problem[] = [];
  const source = catalogues[DEFAULT_LOCALE];
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const file = catalogueFile(locale);
    const catalogue = catalogues[locale];
    for (const key of Object.keys(source)) {
      const message = catalogue[key];
      if (message === undefined || message.trim() === '') {
        problems.push({ file, field: key, message: `no ${locale} text for "${key}" (English: "${source[key]}")`, fix: `add "${key}": "…" to ${file}` });
      } else if (placeholders(message).join() !== placeholders(source[key] ?? '').join()) {
        problems.push({ file, field: key, message: `the placeholders differ from English: ${JSON.stringify(placeholders(source[key] ?? ''))} in English, ${JSON.stringify(placeholders(message))} here`, fix: 'keep every {placeholder} of the English message, untranslated' });
      }
    }
    for (const key of Object.keys(catalogue).filter((k) => !(k in source))) {
      problems.push({ file, field: key, message: `"${key}" is not a key of ${catalogueFile(DEFAULT_LOCALE)}`, fix: 'remove it, or add the English message first' });
    }
  }
  return problems;
}
