/**
 * Translations of claims and events (`content/translations/<locale>/<claims|events>/<id>.md`):
 * loading them without Astro, and the rules that keep them honest. A
 * translation whose English has changed since is stale (a warning, and the page
 * says so); one whose English verdict has changed is an error, because a
 * reader must never see an old verdict in another language.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { ClaimTranslationSchema, EventTranslationSchema, type ClaimTranslation, type EventTranslation } from '../../schemas/translation.ts';
import type { Entry, Snapshot } from '../model/entry.ts';
import { claimSourceHash, eventSourceHash } from '../i18n/source-hash.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../urls.ts';
import type { Problem } from './problems.ts';
import { schemaProblems } from './schema-messages.ts';
import { yamlProblem } from './yaml-errors.ts';

/** The collections that have translations. */
export const TRANSLATED = ['claims', 'events'] as const;
/** A translated collection. */
export type TranslatedCollection = (typeof TRANSLATED)[number];

/** One translation: which entry, which edition, the file and its data. */
export interface Translation<T> extends Entry<T> {
  /** The edition it belongs to. */
  locale: Locale;
}

/** Every translation, by edition and collection. */
export interface Translations {
  claims: Translation<ClaimTranslation>[];
  events: Translation<EventTranslation>[];
}

/** The editions that are translations (every locale but the default). */
export const TRANSLATION_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

const SCHEMAS: Record<TranslatedCollection, z.ZodType> = { claims: ClaimTranslationSchema, events: EventTranslationSchema };
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Loads every translation under `<contentDir>/translations/`, reporting files that do not parse or fit their schema. */
export function loadTranslations(contentDir: string, root = process.cwd()): { translations: Translations; problems: Problem[] } {
  const translations: Translations = { claims: [], events: [] };
  const problems: Problem[] = [];
  const base = join(contentDir, 'translations');
  if (!existsSync(base)) return { translations, problems };
  for (const locale of readdirSync(base).sort()) {
    for (const collection of TRANSLATED) {
      const dir = join(base, locale, collection);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
        const file = relative(root, join(dir, name));
        const entry = parseTranslation(readFileSync(join(dir, name), 'utf8'), file, SCHEMAS[collection], problems);
        if (entry) (translations[collection] as Translation<unknown>[]).push({ ...entry, id: name.slice(0, -3), locale: locale as Locale });
      }
    }
  }
  return { translations, problems };
}

function parseTranslation(source: string, file: string, schema: z.ZodType, problems: Problem[]): Omit<Translation<unknown>, 'id' | 'locale'> | undefined {
  const m = FRONTMATTER.exec(source);
  if (!m) {
    problems.push({ file, field: '(frontmatter)', message: 'no frontmatter found', fix: 'start the file with a YAML block between two "---" lines' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parseYaml(m[1] ?? '') ?? {};
  } catch (error) {
    problems.push(yamlProblem(file, m[1] ?? '', error));
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    problems.push(...schemaProblems(result.error.issues, raw, schema, { file, kind: 'translation', schemaFile: 'src/schemas/translation.ts' }));
    return undefined;
  }
  return { file, data: result.data, body: source.slice(m[0].length) };
}

/** Every translation rule: the edition exists, the entry exists, the verdict is current, the text is current (else a warning). */
export function translationProblems(translations: Translations, snapshot: Pick<Snapshot, 'claims' | 'events'>): Problem[] {
  const problems: Problem[] = [];
  const claims = new Map(snapshot.claims.map((c) => [c.id, c]));
  const events = new Map(snapshot.events.map((e) => [e.id, e]));
  for (const t of [...translations.claims, ...translations.events]) {
    if (!TRANSLATION_LOCALES.includes(t.locale)) {
      problems.push({ file: t.file, field: '(folder)', message: `"${t.locale}" is not an edition of the site`, fix: `put translations under content/translations/${TRANSLATION_LOCALES.join('/ or ')}/` });
    }
  }
  for (const t of translations.claims) {
    const english = claims.get(t.id);
    if (!english) {
      problems.push(orphan(t, 'claims'));
      continue;
    }
    const d = english.data;
    if (t.data.source.verdict !== d.verdict) {
      problems.push({
        file: t.file,
        field: 'source.verdict',
        message: `the English verdict is now "${d.verdict}", but this translation was made for "${t.data.source.verdict ?? '(none recorded)'}": readers of this edition would see an old verdict`,
        fix: `translate the new claim, conclusion and analysis from ${english.file}, then set source.verdict: ${d.verdict} and source.hash: ${claimSourceHash(english)}`,
      });
      continue;
    }
    if (t.data.quotes.length > 0 && t.data.quotes.length !== d.appearances.length) {
      problems.push({ file: t.file, field: 'quotes', message: `${t.data.quotes.length} quote translations for ${d.appearances.length} appearances`, fix: 'give one translation per appearance, in the order of the English file' });
    }
    problems.push(...staleness(t, claimSourceHash(english), english.file));
  }
  for (const t of translations.events) {
    const english = events.get(t.id);
    if (!english) problems.push(orphan(t, 'events'));
    else problems.push(...staleness(t, eventSourceHash(english), english.file));
  }
  return problems;
}

function orphan(t: Translation<unknown>, collection: TranslatedCollection): Problem {
  return { file: t.file, field: '(file name)', message: `no English ${collection.slice(0, -1)} "${t.id}" to translate`, fix: `name the file after a file in content/${collection}/, or delete it if the English was removed` };
}

function staleness(t: Translation<ClaimTranslation | EventTranslation>, current: string, englishFile: string): Problem[] {
  if (t.data.source.hash === current) return [];
  return [
    {
      file: t.file,
      field: 'source.hash',
      severity: 'warning',
      message: `the English (${englishFile}) changed after this translation of ${t.data.translated}; the page tells readers so until it is brought up to date`,
      fix: `compare with the English, update the translation, then set source.hash: ${current} and translated: <today>`,
    },
  ];
}
