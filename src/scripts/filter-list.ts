/**
 * Progressive filtering for lists (claims, timeline). Without JS the page
 * shows links to each filter value's own page (or, on the timeline, says the
 * filter needs JS): `[data-filter-links]`; the form stays hidden. With JS the form
 * `form[data-filter-for="LIST_ID"]` replaces the links:
 * - a `<select name="x">` narrows the list in place: items whose `data-x`
 *   (space-separated values) lacks the chosen value are hidden, months left
 *   empty too, and the choice is kept in `?x=value`;
 * - a `<select data-navigates>` is a choice of pages: "Filter" opens the chosen
 *   option's `data-href` (WCAG 3.2.2: choosing alone never changes the page),
 *   carrying the in-place choices along as parameters.
 * The words it writes come from the form, in the page's language:
 * `data-showing` ("Showing {shown} of {total}") and `data-choose`.
 */

/** A message from the page with its `{placeholders}` filled. */
const fill = (message: string | undefined, vars: Record<string, string>): string =>
  (message ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

/** Wires one filter form to its list. */
export function initFilter(form: HTMLFormElement): void {
  const listId = form.dataset['filterFor'] ?? '';
  const list = document.getElementById(listId);
  if (!list) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
  const inPlace = selects.filter((s) => !('navigates' in s.dataset));
  const navigating = selects.filter((s) => 'navigates' in s.dataset);
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const params = new URLSearchParams(location.search);
  for (const s of inPlace) {
    const wanted = params.get(s.name);
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
  const initial = new Map(navigating.map((s) => [s, s.value]));
  let lastChanged: HTMLSelectElement | undefined;

  const apply = () => {
    const active = inPlace.filter((s) => s.value !== '');
    let shown = 0;
    const items = list.querySelectorAll<HTMLElement>('[data-filter-item]');
    for (const item of items) {
      const ok = active.every((s) => (item.dataset[s.name] ?? '').split(' ').includes(s.value));
      item.hidden = !ok;
      if (ok) shown++;
    }
    for (const group of list.querySelectorAll<HTMLElement>('[data-filter-group]')) {
      group.hidden = group.querySelector('[data-filter-item]:not([hidden])') === null;
    }
    if (status && inPlace.length > 0) {
      const n = (x: number) => x.toLocaleString(document.documentElement.lang || undefined);
      status.textContent = fill(form.dataset['showing'], { shown: n(shown), total: n(items.length) });
    }
    const url = new URL(location.href);
    for (const s of inPlace) {
      if (s.value) url.searchParams.set(s.name, s.value);
      else url.searchParams.delete(s.name);
    }
    history.replaceState(null, '', url);
  };

  /** The page the changed page-select points at, with the in-place choices as parameters. */
  const destination = (): string | undefined => {
    const changed = lastChanged ?? navigating.find((s) => s.value !== initial.get(s));
    if (!changed || changed.value === initial.get(changed)) return undefined;
    const href = changed.value ? changed.selectedOptions[0]?.dataset['href'] : changed.dataset['allHref'];
    if (!href) return undefined;
    const url = new URL(href, location.href);
    for (const s of inPlace) if (s.value) url.searchParams.set(s.name, s.value);
    return url.pathname + url.search;
  };

  form.addEventListener('change', (e) => {
    const target = e.target as HTMLSelectElement;
    if (navigating.includes(target)) {
      lastChanged = target;
      if (status) status.textContent = target.value === initial.get(target) ? '' : (form.dataset['choose'] ?? '');
      return;
    }
    apply();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const to = destination();
    if (to) location.assign(to);
    else apply();
  });
  form.hidden = false;
  const links = document.querySelector<HTMLElement>(`[data-filter-links="${CSS.escape(listId)}"]`);
  if (links) links.hidden = true;
  apply();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter-for]')) initFilter(form);
