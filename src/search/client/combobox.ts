/**
 * The header search box as an ARIA 1.2 combobox: typing shows a list of the
 * best results under the box; ↓/↑ move through it, Enter opens the result
 * (or, with none chosen, submits the form to /search/?q=), Escape closes the
 * list or clears the box. Loaded on first focus or keystroke (see search.ts).
 */
import { search, warmUp, type HitView } from './client.ts';
import { countText, hitParts } from './render.ts';
import { fill, messages } from './messages.ts';

/** Results shown under the box; the rest are a click away on /search/. */
const LIMIT = 8;

/** Wires the combobox; `input` has `aria-controls` naming its (empty) listbox. */
export function attachCombobox(input: HTMLInputElement): void {
  const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
  const status = input.form?.querySelector<HTMLElement>('[data-search-status]');
  if (!listbox) return;
  let options: HTMLElement[] = [];
  let active = -1;

  const setActive = (n: number) => {
    options[active]?.setAttribute('aria-selected', 'false');
    active = n;
    const option = options[n];
    if (option) {
      option.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (isOpen: boolean) => {
    listbox.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    if (!isOpen) setActive(-1);
  };
  const option = (n: number, href: string, parts: (HTMLElement | string)[]) => {
    const li = document.createElement('li');
    li.id = `${listbox.id}-${n}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.className = 'search-hit';
    li.dataset['href'] = href;
    li.append(...parts);
    // Keep focus in the box while clicking, then go.
    li.addEventListener('mousedown', (e) => e.preventDefault());
    li.addEventListener('click', () => location.assign(href));
    return li;
  };
  const show = (query: string, hits: HitView[], total: number, error?: string) => {
    const m = messages();
    const all = `${m.page}?q=${encodeURIComponent(query)}`;
    const more = error
      ? m.boxUnavailable
      : total > hits.length
        ? fill(m.all, { total: new Intl.NumberFormat(m.locale).format(total), query })
        : fill(m.open, { query });
    options = [...hits.map((h, n) => option(n, h.url, hitParts(h))), option(hits.length, all, [more])];
    options.at(-1)?.classList.add('search-hit--all');
    listbox.replaceChildren(...options);
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(true);
    if (status) status.textContent = error ? m.unavailable : `${countText(hits.length, total)}.`;
  };
  const run = () => {
    const query = input.value;
    if (query.trim().length < 2) {
      open(false);
      listbox.replaceChildren();
      return;
    }
    void search(query, LIMIT).then((r) => {
      if (input.value === r.query) show(r.query, r.hits, r.total, r.error);
    });
  };

  input.addEventListener('input', run);
  input.addEventListener('focus', () => options.length > 0 && input.value.trim().length >= 2 && open(true));
  input.form?.addEventListener('focusout', (e) => {
    if (!input.form?.contains(e.relatedTarget as Node | null)) open(false);
  });
  input.addEventListener('keydown', (e) => {
    const expanded = !listbox.hidden && options.length > 0;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!expanded) return run();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length + (active < 0 && step < 0 ? 1 : 0)) % options.length);
    } else if (e.key === 'Enter' && expanded && active >= 0) {
      e.preventDefault();
      location.assign(options[active]?.dataset['href'] ?? '/search/');
    } else if (e.key === 'Escape') {
      // The browser clears a search field on Escape; when the list is open, only close it.
      if (expanded) {
        e.preventDefault();
        open(false);
      }
    }
  });
  warmUp();
  if (input.value.trim().length >= 2) run();
}
