/**
 * The only search code every page loads (under a kilobyte): it turns the
 * header box into a combobox, makes `/` focus search, and loads the rest
 * (combobox.ts, the worker, Fuse.js and the index) only when the reader
 * focuses the box or types in it. Until then no search bytes are fetched.
 */

const input = document.getElementById('site-search-q');

if (input instanceof HTMLInputElement) {
  const listbox = input.form?.querySelector('[role="listbox"]');
  if (listbox) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-controls', listbox.id);
  }
  let loading: Promise<void> | undefined;
  const load = () => {
    loading ??= import('./combobox.ts').then((m) => m.attachCombobox(input));
  };
  input.addEventListener('focus', load, { once: true });
  input.addEventListener('input', load, { once: true });
}

/** Whether a key press belongs to a field the reader is typing in. */
function typingIn(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typingIn(e.target)) return;
  // The search page's own box when there is one, otherwise the header's.
  const box = document.querySelector<HTMLInputElement>('[data-search-primary]') ?? document.getElementById('site-search-q');
  if (!box) return;
  e.preventDefault();
  box.focus();
  if (box instanceof HTMLInputElement) box.select();
});
