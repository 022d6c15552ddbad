/**
 * Copy buttons (components/CopyButton.astro): each `button[data-copy="ID"]`
 * copies the text of the element with that id (the address, for a link) and
 * says so, on the button and to screen readers. Buttons stay hidden where
 * there is no script or no clipboard: the text is there to select.
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
  try {
    await navigator.clipboard.writeText(textOf(target));
    liveRegion().textContent = 'Copied.';
    if (label) label.textContent = 'Copied';
  } catch {
    // Permission refused: select the text so the reader can copy it by hand.
    getSelection()?.selectAllChildren(target);
    liveRegion().textContent = 'Could not copy: the text is selected, copy it with your keyboard.';
  }
  setTimeout(() => {
    if (label) label.textContent = 'Copy';
  }, DONE_MS);
}

if (navigator.clipboard) {
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => void copy(button));
  }
}
