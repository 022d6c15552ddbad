/**
 * The interface text of every edition: one message catalogue per language
 * (`src/i18n/<locale>/`, one JSON file per namespace, see `src/i18n/index.ts`),
 * English the source of the keys. `translator(locale)` gives a typed lookup
 * with `{placeholders}`, plurals by the language's own rules (`key.one`,
 * `key.few`, `key.many`, `key.other`) and a little inline Markdown for the
 * fixed texts (`**bold**`, `[link](/path/)`). `catalogueProblems()` lists every
 * key a catalogue misses or does not know, every placeholder it drops and
 * every plural form it lacks, with the file, so the build stops before an
 * edition shows an English (or empty) label.
 */
import { en, FILES, NAMESPACES } from '../../i18n/index.ts';
import type { Problem } from '../content/problems.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../urls.ts';

type Catalogue = Readonly<Record<string, string>>;
type English = typeof en;

/** The plural forms a key can end in (Unicode CLDR categories). */
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralForm = (typeof PLURAL_FORMS)[number];
const PLURAL_SUFFIX = new RegExp(`\\.(${PLURAL_FORMS.join('|')})$`);

/** A message key: every key of the English catalogue that is not a plural form. */
export type MessageKey = Exclude<keyof English, `${string}.${PluralForm}`>;
/** A plural message: `lists.claims` for `lists.claims.one` / `lists.claims.other`. */
export type PluralKey = keyof English extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/** Values for a message's `{placeholders}`. */
export type MessageVars = Readonly<Record<string, string | number>>;

/** The lookup functions of one edition. */
export interface Translator {
  /** A message, its placeholders filled: `t('claim.sources')`. */
  (key: MessageKey, vars?: MessageVars): string;
  /** A counted message in the language's plural form; `{n}` is the number, formatted for the locale. */
  plural(key: PluralKey, n: number, vars?: MessageVars): string;
  /**
   * A message with inline Markdown (bold, italics, links, code), as HTML for `set:html`; placeholder
   * values are escaped, except those in `markup`: markup of our own (a `<time>`, a `lang` span, a
   * link with `rel`), inserted as it is.
   */
  html(key: MessageKey, vars?: MessageVars, markup?: Readonly<Record<string, string>>): string;
  /** The edition. */
  locale: Locale;
}

/** Each edition's whole catalogue. */
const CATALOGUES: Record<Locale, Catalogue> = Object.fromEntries(
  LOCALES.map((l) => [l, Object.assign({}, ...NAMESPACES.map((n) => FILES[l][n])) as Catalogue]),
) as Record<Locale, Catalogue>;

/** Where a namespace's catalogue lives, for messages to maintainers. */
export const catalogueFile = (locale: Locale, key = '') => `src/i18n/${locale}/${key.split('.')[0] || '<namespace>'}.json`;

/** `{name}` placeholders in a message. */
const placeholders = (message: string) => [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

const fill = (message: string, vars: MessageVars | undefined, escape = (s: string) => s) =>
  vars ? message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? escape(String(vars[name])) : whole)) : message;

/** Escapes text for HTML (also for attribute values). */
export const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Inline Markdown for fixed texts, deliberately small: `**bold**`, `*em*`,
 * `` `code` `` and `[text](href)`. The catalogues are the project's own files;
 * anything else stays text (and is escaped).
 */
export function inlineMarkdown(text: string): string {
  return escapeHtml(text)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => `<a href="${href}">${label}</a>`)
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
    .replace(/`([^`]+)`/g, '<code>$1</code>');
}

const translators = new Map<Locale, Translator>();

/** The lookups of one edition, made once per edition. A key missing from a translated catalogue falls back to English (the build has already refused it). */
export function translator(locale: Locale): Translator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

function makeTranslator(locale: Locale): Translator {
  const catalogue = CATALOGUES[locale];
  const english = CATALOGUES[DEFAULT_LOCALE];
  const lookup = (key: string) => catalogue[key] ?? english[key] ?? key;
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const t = ((key: MessageKey, vars?: MessageVars) => fill(lookup(key), vars)) as Translator;
  t.plural = (key, n, vars) => {
    const form = rules.select(n);
    const message = catalogue[`${key}.${form}`] ?? catalogue[`${key}.other`] ?? lookup(`${key}.other`);
    return fill(message, { ...vars, n: numbers.format(n) });
  };
  t.html = (key, vars = {}, markup = {}) => {
    // Placeholders are filled after the Markdown, so a value is always text (or our own markup).
    const marker = (name: string) => `\u0000${name}\u0000`;
    const known = (name: string) => name in vars || name in markup;
    const withMarkers = lookup(key).replace(/\{(\w+)\}/g, (whole, name: string) => (known(name) ? marker(name) : whole));
    return inlineMarkdown(withMarkers).replace(/\u0000(\w+)\u0000/g, (_, name: string) => markup[name] ?? escapeHtml(String(vars[name])));
  };
  t.locale = locale;
  return t;
}

/** The plural forms a language needs (`uk`: one, few, many, other). */
const formsOf = (locale: Locale) => new Intl.PluralRules(locale).resolvedOptions().pluralCategories as PluralForm[];

/** Every key a translated catalogue misses, does not know, or whose placeholders differ from English, and every namespace file with a key from another namespace. */
export function catalogueProblems(files: Readonly<Record<Locale, Readonly<Record<string, Catalogue>>>> = FILES): Problem[] {
  const problems: Problem[] = [];
  const merge = (l: Locale): Catalogue => Object.assign({}, ...Object.values(files[l]));
  for (const locale of LOCALES) {
    for (const [namespace, catalogue] of Object.entries(files[locale])) {
      for (const key of Object.keys(catalogue).filter((k) => !k.startsWith(`${namespace}.`))) {
        problems.push({
          file: `src/i18n/${locale}/${namespace}.json`,
          field: key,
          message: `"${key}" is in the ${namespace} namespace's file but does not start with "${namespace}."`,
          fix: `rename it "${namespace}.${key.split('.').slice(1).join('.') || key}", or move it to ${catalogueFile(locale, key)}`,
        });
      }
    }
  }
  const source = merge(DEFAULT_LOCALE);
  const families = (catalogue: Catalogue) =>
    new Set(
      Object.keys(catalogue)
        .filter((k) => PLURAL_SUFFIX.test(k))
        .map((k) => k.replace(PLURAL_SUFFIX, '')),
    );
  const sourceFamilies = families(source);
  for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
    const catalogue = merge(locale);
    for (const key of Object.keys(source)) {
      if (sourceFamilies.has(key.replace(PLURAL_SUFFIX, '')) && PLURAL_SUFFIX.test(key)) continue;
      const file = catalogueFile(locale, key);
      const message = catalogue[key];
      if (message === undefined || message.trim() === '') {
        problems.push({
          file,
          field: key,
          message: `no ${locale} text for "${key}" (English: "${source[key]}")`,
          fix: `add "${key}": "…" to ${file}`,
        });
      } else if (placeholders(message).join() !== placeholders(source[key] ?? '').join()) {
        problems.push({
          file,
          field: key,
          message: `the placeholders differ from English: ${JSON.stringify(placeholders(source[key] ?? ''))} in English, ${JSON.stringify(placeholders(message))} here`,
          fix: 'keep every {placeholder} of the English message, untranslated',
        });
      }
    }
    for (const family of sourceFamilies) {
      const file = catalogueFile(locale, family);
      const wanted = placeholders(source[`${family}.other`] ?? '').join();
      for (const form of formsOf(locale)) {
        const message = catalogue[`${family}.${form}`];
        if (message === undefined || message.trim() === '') {
          problems.push({
            file,
            field: `${family}.${form}`,
            message: `no ${locale} "${form}" plural form of "${family}" (English: "${source[`${family}.other`]}")`,
            fix: `${locale} counts in the forms ${formsOf(locale).join(', ')}: add "${family}.${form}": "…" to ${file}`,
          });
        } else if (placeholders(message).join() !== wanted) {
          problems.push({
            file,
            field: `${family}.${form}`,
            message: `the placeholders differ from English: ${JSON.stringify(wanted.split(',').filter(Boolean))} in English, ${JSON.stringify(placeholders(message))} here`,
            fix: 'keep every {placeholder} of the English message, untranslated',
          });
        }
      }
    }
    for (const key of Object.keys(catalogue).filter(
      (k) => !(k in source) && !(PLURAL_SUFFIX.test(k) && sourceFamilies.has(k.replace(PLURAL_SUFFIX, ''))),
    )) {
      problems.push({
        file: catalogueFile(locale, key),
        field: key,
        message: `"${key}" is not a key of ${catalogueFile(DEFAULT_LOCALE, key)}`,
        fix: 'remove it, or add the English message first',
      });
    }
  }
  return problems;
}
