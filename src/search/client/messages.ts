/**
 * The search client's words: the edition's `messages.json` beside its index
 * (named by `data-search-index` on the header search form, see
 * components/SearchBox.astro and `../messages.ts`), fetched with the index on
 * first use so no page carries them, and the few formatting helpers that need them.
 */
import type { SearchMessages } from '../messages.ts';

let cached: SearchMessages | undefined;
let loading: Promise<SearchMessages> | undefined;

/** The folder of the page's edition's search index. */
export function indexDir(): string {
  return document.querySelector<HTMLElement>('[data-search-index]')?.dataset['searchIndex'] ?? '/search-index/';
}

/** Fetches the edition's search messages once; search replies wait for it. */
export function loadMessages(): Promise<SearchMessages> {
  loading ??= fetch(`${indexDir()}messages.json`)
    .then((r) => {
      if (!r.ok) throw new Error(`${r.url}: HTTP ${r.status}`);
      return r.json() as Promise<SearchMessages>;
    })
    .then((m) => (cached = m))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

/**
 * The edition's search messages, once loaded (every reply of `search()` comes
 * after). Should they fail to load, only the words for "unavailable" are
 * needed, and the page already has one in its language: the search button's
 * label, which then leads to the search page (whose list works without script).
 */
export function messages(): SearchMessages {
  if (cached) return cached;
  const button = document.querySelector<HTMLButtonElement>('[data-search-index] button[type="submit"]')?.textContent?.trim() ?? '';
  return { boxUnavailable: button, unavailable: '', pageUnavailable: '' } as unknown as SearchMessages;
}

/** Fills `{name}` placeholders. */
export function fill(message: string, vars: Readonly<Record<string, string | number>>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** "12 results", "Best 8 of 40 results", "No results", in the page's language. */
export function countText(shown: number, total: number, m: SearchMessages = messages()): string {
  const number = new Intl.NumberFormat(m.locale);
  if (total === 0) return m.none;
  if (shown < total) return fill(m.best, { shown: number.format(shown), total: number.format(total) });
  const form = new Intl.PluralRules(m.locale).select(total);
  return fill(m.results[form] ?? m.results.other, { n: number.format(total) });
}
