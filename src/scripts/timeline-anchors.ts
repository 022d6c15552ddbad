/**
 * On the index of a split timeline: a link made while the timeline was one
 * page (`/timeline/#claim-x`) names an anchor this page no longer has. Look it
 * up in `/timeline/anchors.json` and go to the entry on its month's page.
 * Without JS the index still lists the months.
 */
import { paths, type TimelineAnchorKind } from '../lib/urls.ts';
import { entryAnchorOf, placeOfAnchor, type AnchorIndex } from '../lib/site/timeline-anchors.ts';

async function forward(): Promise<void> {
  const anchor = entryAnchorOf(location.hash);
  if (!anchor || document.getElementById(anchor)) return;
  const status = document.querySelector<HTMLElement>('[data-anchor-status]');
  if (status) status.textContent = 'Finding that entry…';
  const index = (await (await fetch(paths.timelineAnchors())).json()) as AnchorIndex;
  const place = placeOfAnchor(index, anchor);
  if (place) {
    const [kind, ...id] = anchor.split('-');
    location.replace(paths.timelineEntry(kind as TimelineAnchorKind, id.join('-'), undefined, place));
  } else if (status) status.textContent = 'That entry is not on the timeline any more; the months are listed above.';
}

void forward();
window.addEventListener('hashchange', () => void forward());
