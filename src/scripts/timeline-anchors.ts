/**
 * On the index of a split timeline: a link made while the timeline was one
 * page (`/timeline/#claim-x`) names an anchor this page no longer has. Look it
 * up in `/timeline/anchors.json` and go to the entry on its month's page.
 * Without JS the index still lists the months. The page names its edition
 * and gives the words to show (`data-locale`, `data-finding`, `data-gone` on
 * the status line), so the reader stays in the edition and its language.
 */
import { LOCALES, paths, type Locale, type TimelineAnchorKind } from '../lib/urls.ts';
import { entryAnchorOf, placeOfAnchor, type AnchorIndex } from '../lib/site/timeline-anchors.ts';

async function forward(): Promise<void> {
  const anchor = entryAnchorOf(location.hash);
  if (!anchor || document.getElementById(anchor)) return;
  const status = document.querySelector<HTMLElement>('[data-anchor-status]');
  const wanted = status?.dataset['locale'];
  const locale = (LOCALES as readonly string[]).includes(wanted ?? '') ? (wanted as Locale) : undefined;
  if (status?.dataset['finding']) status.textContent = status.dataset['finding'];
  const index = (await (await fetch(paths.timelineAnchors(locale))).json()) as AnchorIndex;
  const place = placeOfAnchor(index, anchor);
  if (place) {
    const [kind, ...id] = anchor.split('-');
    location.replace(paths.timelineEntry(kind as TimelineAnchorKind, id.join('-'), locale, place));
  } else if (status?.dataset['gone']) status.textContent = status.dataset['gone'];
}

void forward();
window.addEventListener('hashchange', () => void forward());
