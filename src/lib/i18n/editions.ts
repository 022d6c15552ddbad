/**
 * Editions as a route parameter: every localized page lives under
 * `src/pages/[...locale]/`, where the parameter is absent for English (served at
 * today's URLs, which never change) and `uk` or `ru` for the translated
 * editions. Pages list their paths once, for one edition, and `inEveryEdition`
 * repeats them for all; components ask `editionOf(Astro)` which edition they
 * are rendering, so nothing passes the locale down by hand.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../urls.ts';
import { translator, type Translator } from './messages.ts';

/** The `[...locale]` parameter of an edition: absent for the default one. */
export const editionParam = (locale: Locale): string | undefined => (locale === DEFAULT_LOCALE ? undefined : locale);

/** One static path as Astro's getStaticPaths returns it. */
interface StaticPath {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
  cacheKey?: string;
}

/** A page's paths in every edition: `build(locale)` lists them for one; each gets `params.locale` and `props.locale`. */
export async function inEveryEdition<P extends StaticPath>(
  build: (locale: Locale) => P[] | Promise<P[]>,
): Promise<
  (Omit<P, 'params' | 'props'> & {
    params: P['params'] & { locale: string | undefined };
    props: NonNullable<P['props']> & { locale: Locale };
  })[]
> {
  const all = await Promise.all(
    LOCALES.map(async (locale) =>
      (await build(locale)).map((p) => ({
        ...p,
        params: { ...p.params, locale: editionParam(locale) },
        props: { ...(p.props ?? {}), locale } as NonNullable<P['props']> & { locale: Locale },
      })),
    ),
  );
  return all.flat();
}

const isLocale = (value: unknown): value is Locale => (LOCALES as readonly unknown[]).includes(value);

/** The edition of the page being rendered, from Astro's `currentLocale` (the URL's prefix). */
export function editionOf(astro: { currentLocale?: string | undefined }): Locale {
  return isLocale(astro.currentLocale) ? astro.currentLocale : DEFAULT_LOCALE;
}

/** The edition and its message lookups, for a page or component: `const { locale, t } = edition(Astro)`. */
export function edition(astro: { currentLocale?: string | undefined }): { locale: Locale; t: Translator } {
  const locale = editionOf(astro);
  return { locale, t: translator(locale) };
}

/**
 * The `lang` attribute for a passage in `language` on a page of `locale`:
 * undefined when they match (the page's own `lang` applies), else the passage's
 * language. English notes on a Ukrainian page get `lang="en"`; a Russian quote
 * on an English page gets `lang="ru"`.
 */
export function langOf(language: string, locale: Locale): string | undefined {
  return language === locale ? undefined : language;
}

/** BCP 47 tags and Open Graph locales of the editions. */
export const LOCALE_TAGS: Readonly<Record<Locale, { lang: string; og: string; name: string }>> = {
  en: { lang: 'en', og: 'en_GB', name: 'English' },
  uk: { lang: 'uk', og: 'uk_UA', name: 'Українська' },
  ru: { lang: 'ru', og: 'ru_RU', name: 'Русский' },
};
