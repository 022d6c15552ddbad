/**
 * Fills the access date into the citations of a claim page
 * (components/CiteBlock.astro) with the reader's own day, in each style's
 * form. Without JavaScript the slot stays, worded for the reader to replace.
 */
import { accessDateText, localDay, type AccessDateStyle } from '../lib/outputs/access-date.ts';

const today = localDay();
for (const slot of document.querySelectorAll<HTMLElement>('[data-access-date]')) {
  slot.textContent = accessDateText(slot.dataset['accessDate'] as AccessDateStyle, today);
}
