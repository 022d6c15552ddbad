/**
 * What every Open Graph image shows: the site's card (`/og/site.png`) and one
 * card per claim (`/og/claims/<id>.png`), from the claim's view. The build draws
 * them outside page generation (src/integrations/og-images.ts); this module only
 * decides their text, so a change here is a change to what readers see in link
 * previews.
 */
import { formatPartialDate } from '../model/dates.ts';
import { paths } from '../urls.ts';
import type { ClaimView } from '../site/claim-view.ts';
import { claimView } from '../site/claim-view.ts';
import type { SiteIndex } from '../site/site-index.ts';
import type { OgCard } from './og-image.ts';

/** One image to publish: where in the output it goes and what it shows. */
export interface OgOutput {
  /** Path under the output directory, e.g. `og/claims/<id>.png`. */
  path: string;
  card: OgCard;
}

/** The image of every page that has no image of its own. */
export const SITE_CARD: OgCard = {
  title: 'What five outlets said about a possible Putin–Trump deal on Ukraine',
  subtitle: 'Every check-worthy claim in the articles, checked against primary sources, with the same standard for every outlet.',
  footer: 'Fact checks · provenance · timeline',
};

/** A claim's card: who claimed it, where and when, then the claim; its verdict (label and shape) and the conclusion; when it was checked. */
export function claimCard(view: ClaimView): OgCard {
  const d = view.entry.data;
  return {
    kicker: view.attribution,
    title: d.claim,
    verdict: d.verdict,
    subtitle: d.conclusion,
    footer: `checked ${formatPartialDate(view.checked)}`,
  };
}

/** Every image the site publishes. `siteUrl` is the public origin (Astro's `site`). */
export function ogOutputs(index: Pick<SiteIndex, 'claims' | 'article' | 'person' | 'outlet'>, siteUrl: URL | string): OgOutput[] {
  return [
    { path: paths.siteImage().slice(1), card: SITE_CARD },
    ...index.claims.map((c) => {
      const view = claimView(c, index, siteUrl);
      return { path: view.imagePath.slice(1), card: claimCard(view) };
    }),
  ];
}
