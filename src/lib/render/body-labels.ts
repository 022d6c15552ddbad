/**
 * Interface words inside a rendered article body: the verdict badge after each
 * highlighted quote (its label, its screen-reader context, its link to the
 * check) and the label of text that is not part of the article. The body is
 * rendered once for every edition (`article-body.ts`), so the plugins write
 * these as tokens and each edition resolves them in its language with one
 * string replacement, instead of parsing and matching the article again.
 *
 * A token is `\uE000<type>:<payload>\uE000` (U+E000 is a private-use
 * character; an article that contains one is refused, so a token can only be
 * ours). The `lang` of an interface word is a whole-attribute token,
 * ` lang="\uE000lang:\uE000"`: it becomes the edition's language where that
 * differs from the article's, and disappears where it does not.
 *
 * Outside the article renderer (Astro's processor for claims, events, people,
 * outlets) `file.data.deferredLabels` is unset and the plugins write English
 * text, as before.
 */
import type { VFile } from 'vfile';
import { translator, type MessageKey } from '../i18n/messages.ts';
import { verdictIn } from '../i18n/names.ts';
import { VERDICTS, type VerdictId } from '../model/verdicts.ts';
import { DEFAULT_LOCALE, localize, type Locale } from '../urls.ts';
import { LOCALE_TAGS } from '../i18n/editions.ts';

declare module 'vfile' {
  interface DataMap {
    /** Write interface words as tokens, resolved per edition by {@link resolveBodyLabels}. */
    deferredLabels: boolean;
  }
}

/** The kinds of text captured with an article that are not part of it (`:::not-article{kind="…"}`). */
export const NOT_ARTICLE_KIND_IDS = ['donation-appeal', 'aggregator', 'capture-metadata', 'related-links'] as const;
/** A kind of non-article text. */
export type NotArticleKind = (typeof NOT_ARTICLE_KIND_IDS)[number];

/** One interface word in a body. */
export type BodyLabel =
  /** A verdict's label, as on its badge. */
  | { verdict: VerdictId }
  /** What a badge is, for screen readers (": claim check"). */
  | { badgeContext: true }
  /** A root-relative path, put into the edition. */
  | { path: string }
  /** The accessible name of a non-article aside; `n` numbers the second and later of one kind. */
  | { notArticleName: NotArticleKind; n: number }
  /** The visible label of a non-article aside. */
  | { notArticleLabel: NotArticleKind };

const MARK = '\uE000';
/** The `lang` property value that becomes the edition's `lang` attribute, or none. */
export const LANG_TOKEN = `${MARK}lang:${MARK}`;
const LANG_ATTRIBUTE = new RegExp(` lang="${LANG_TOKEN}"`, 'g');
const TOKEN = new RegExp(`${MARK}([a-z]):([^${MARK}]*)${MARK}`, 'g');

function encode(label: BodyLabel): string {
  if ('verdict' in label) return `${MARK}v:${label.verdict}${MARK}`;
  if ('badgeContext' in label) return `${MARK}c:${MARK}`;
  if ('path' in label) return `${MARK}p:${label.path}${MARK}`;
  if ('notArticleName' in label) return `${MARK}n:${label.notArticleName}/${label.n}${MARK}`;
  return `${MARK}l:${label.notArticleLabel}${MARK}`;
}

/** A label's words in an edition. */
export function labelText(label: BodyLabel, locale: Locale = DEFAULT_LOCALE): string {
  const t = translator(locale);
  if ('verdict' in label) return verdictIn(label.verdict, locale).label;
  if ('badgeContext' in label) return t('article.badge.context');
  if ('path' in label) return localize(label.path, locale);
  const kindOf = (k: NotArticleKind) => t(`article.notArticle.kind.${k}` as MessageKey);
  if ('notArticleName' in label) {
    const name = t('article.notArticle.name', { kind: kindOf(label.notArticleName) });
    return label.n > 1 ? t('article.notArticle.numbered', { name, n: label.n.toLocaleString(locale) }) : name;
  }
  return t('article.notArticle.label', { kind: kindOf(label.notArticleLabel) });
}

/** The text a plugin writes for a label: a token in the article renderer, the English words elsewhere. */
export function bodyLabel(file: VFile, label: BodyLabel): string {
  return file.data.deferredLabels ? encode(label) : labelText(label);
}

/** The `lang` property a plugin puts on an interface word: the token in the article renderer, none elsewhere. */
export function bodyLang(file: VFile): { lang: string } | Record<string, never> {
  return file.data.deferredLabels ? { lang: LANG_TOKEN } : {};
}

/** Whether text contains the token marker (an article must not: its tokens would be taken for ours). */
export const hasTokenMarker = (text: string): boolean => text.includes(MARK);

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function decode(type: string, payload: string): BodyLabel | undefined {
  switch (type) {
    case 'v':
      return Object.hasOwn(VERDICTS, payload) ? { verdict: payload as VerdictId } : undefined;
    case 'c':
      return { badgeContext: true };
    case 'p':
      return { path: payload };
    case 'n': {
      const [kind, n] = payload.split('/');
      return { notArticleName: kind as NotArticleKind, n: Number(n) };
    }
    case 'l':
      return { notArticleLabel: payload as NotArticleKind };
    default:
      return undefined;
  }
}

/**
 * A body rendered with tokens, in an edition: every label in its language, and
 * `lang` on each interface word when `language` (the article's) differs from
 * the edition's. Without `language` no `lang` is added.
 */
export function resolveBodyLabels(html: string, locale: Locale = DEFAULT_LOCALE, language?: string): string {
  const tag = LOCALE_TAGS[locale].lang;
  const lang = language !== undefined && language !== tag ? ` lang="${tag}"` : '';
  return html.replace(LANG_ATTRIBUTE, lang).replace(TOKEN, (whole, type: string, payload: string) => {
    const label = decode(type, payload);
    if (!label) throw new Error(`Unknown label token in a rendered body: ${JSON.stringify(whole)}`);
    return escapeHtml(labelText(label, locale));
  });
}
