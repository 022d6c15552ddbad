/**
 * The search client's words, read once from the page (`data-search-messages`
 * on the header search form, rendered from the catalogue by
 * `components/SearchBox.astro`; see `../messages.ts`), and the few formatting
 * helpers that need them.
 */
import type { SearchMessages } from '../messages.ts';

let cached: SearchMessages | undefined;

/** The page's search messages. */
export function messages(): SearchMessages {
  if (!cached) {
    const holder = document.querySelector<HTMLElement>('[data-search-messages]');
    cached = JSON.parse(holder?.dataset['searchMessages'] ?? '{}') as SearchMessages;
  }
  return cached;
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
