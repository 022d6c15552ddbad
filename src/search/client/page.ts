/**
 * /search/ with JavaScript: results as a list of links under the box, updated
 * as the reader types, the query kept in the URL (`?q=`, shareable; Back
 * returns to it). ↓ from the box moves into the results, ↑/↓ move between
 * them, Enter opens one. Without JavaScript the page is a GET form and a
 * plain, bounded list of the site’s entries (src/pages/search.astro).
 */
import { search, warmUp } from './client.ts';
import { countText, hitParts } from './render.ts';
import { fill, messages } from './messages.ts';

/** Results shown on the page. */
const LIMIT = 50;

/** Wires the page; `root` holds the form, status, result list and browse list. */
export function attachSearchPage(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  const results = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const browse = root.querySelector<HTMLElement>('[data-search-browse]');
  if (!input || !results || !status) return;
  const links = () => [...results.querySelectorAll<HTMLAnchorElement>('a')];

  const run = (query: string) => {
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.replaceState(null, '', url);
    const active = query.trim().length >= 2;
    if (browse) browse.hidden = active;
    if (!active) {
      results.replaceChildren();
      results.hidden = true;
      status.textContent = '';
      return;
    }
    void search(query, LIMIT).then((r) => {
      if (input.value !== r.query) return;
      results.replaceChildren(
        ...r.hits.map((hit) => {
          const a = document.createElement('a');
          a.href = hit.url;
          a.className = 'search-hit';
          a.append(...hitParts(hit));
          const li = document.createElement('li');
          li.append(a);
          return li;
        }),
      );
      results.hidden = r.hits.length === 0;
      const m = messages();
      status.textContent = r.error ? m.pageUnavailable : fill(m.countFor, { count: countText(r.hits.length, r.total), query: r.query });
      if (r.error && browse) browse.hidden = false;
    });
  };

  const fromUrl = () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    run(input.value);
  };
  input.addEventListener('input', () => run(input.value));
  input.form?.addEventListener('submit', (e) => {
    e.preventDefault();
    run(input.value);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown') return;
    e.preventDefault();
    links()[0]?.focus();
  });
  results.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const list = links();
    const at = list.indexOf(document.activeElement as HTMLAnchorElement) + (e.key === 'ArrowDown' ? 1 : -1);
    (at < 0 ? input : (list[Math.min(at, list.length - 1)] ?? input)).focus();
  });
  // Opening /search/ is using search: load the index now, before the first keystroke.
  warmUp();
  addEventListener('popstate', fromUrl);
  // Back from a result may restore this page from the back/forward cache with a stale box.
  addEventListener('pageshow', (e) => e.persisted && fromUrl());
  fromUrl();
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) attachSearchPage(root);
