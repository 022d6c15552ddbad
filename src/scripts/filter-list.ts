/**
 * Progressive filtering for lists (claims, timeline). Without JS the full list
 * shows and the form is a plain GET form; with JS, each `<select name="x">` in
 * `form[data-filter-for="LIST_ID"]` hides items whose `data-x` (space-separated
 * values) does not contain the selected value, and the state is kept in the URL.
 */

/** Wires one filter form to its list. */
export function initFilter(form: HTMLFormElement): void {
  const list = document.getElementById(form.dataset['filterFor'] ?? '');
  if (!list) return;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select[name]')];
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const wanted = params.get(s.name);
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
  const apply = () => {
    const active = selects.filter((s) => s.value !== '');
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
    if (status) status.textContent = `Showing ${shown} of ${items.length}`;
    const url = new URL(location.href);
    for (const s of selects) {
      if (s.value) url.searchParams.set(s.name, s.value);
      else url.searchParams.delete(s.name);
    }
    history.replaceState(null, '', url);
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply();
  });
  apply();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter-for]')) initFilter(form);
