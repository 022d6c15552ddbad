/**
 * Copy buttons (components/CopyButton.astro): each `button[data-copy="ID"]`
 * copies the text of the element with that id (the address, for a link) and
 * says so, on the button and to screen readers, in the words the button
 * carries for its edition (`data-copied`, `data-copied-status`,
 * `data-copy-failed`). Buttons stay hidden where there is no script or no
 * clipboard: the text is there to select.
 */

const DONE_MS = 2000;

function textOf(el: HTMLElement): string {
  // Markup may wrap the text in whitespace; what is copied is the text as one line.
  return el instanceof HTMLAnchorElement ? el.href : (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function liveRegion(): HTMLElement {
  let live = document.querySelector<HTMLElement>('[data-copy-status]');
  if (!live) {
    live = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
    live.setAttribute('role', 'status');
    live.dataset['copyStatus'] = '';
    document.body.append(live);
  }
  return live;
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const target = document.getElementById(button.dataset['copy'] ?? '');
  if (!target) return;
  const label = button.firstChild;
  const words = button.dataset;
  // The button's own label, kept from before the first click (a second click within DONE_MS must not keep "Copied").
  const idle = (words['idle'] ??= label?.textContent ?? '');
  try {
    await navigator.clipboard.writeText(textOf(target));
    liveRegion().textContent = words['copiedStatus'] ?? '';
    if (label) label.textContent = words['copied'] ?? idle;
  } catch {
    // Permission refused: select the text so the reader can copy it by hand.
    getSelection()?.selectAllChildren(target);
    liveRegion().textContent = words['copyFailed'] ?? '';
  }
  setTimeout(() => {
    if (label) label.textContent = idle;
  }, DONE_MS);
}

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  }
}
