/**
 * What every Open Graph image shows: the site's card (`/og/site.png`) and one
 * card per claim (`/og/claims/<id>.png`), from the claim's view. The build draws
 * them outside page generation (src/integrations/og-images.ts); this module only
 * decides their text, so a change here is a change to what readers see in link
 * previews.
 */
import { formatPartialDate } from '../model/dates.ts';
import { translator } from '../i18n/messages.ts';
import { DEFAULT_LOCALE, LOCALES, paths, type Locale } from '../urls.ts';
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

/** The image of every page of an edition that has no image of its own. */
export function siteCard(locale: Locale): OgCard {
  const t = translator(locale);
  return { title: t('common.og.title'), subtitle: t('common.og.subtitle'), footer: t('common.og.footer') };
}

/** A claim's card, in its view's edition: who claimed it, where and when, then the claim; its verdict (label and shape) and the conclusion; when it was checked. */
export function claimCard(view: ClaimView): OgCard {
  return {
    kicker: view.attribution,
    title: view.claim,
    verdict: view.entry.data.verdict,
    verdictLabel: view.verdict.label,
    subtitle: view.conclusion,
    footer: translator(view.locale)('claim.og.checked', { date: formatPartialDate(view.checked, false, view.locale) }),
  };
}

/** Every image the site publishes, in every edition. `siteUrl` is the public origin (Astro's `site`). */
export function ogOutputs(
  index: Pick<SiteIndex, 'claims' | 'article' | 'person' | 'outlet' | 'translations'>,
  siteUrl: URL | string,
): OgOutput[] {
  return LOCALES.flatMap((locale) => [
    { path: paths.siteImage(locale).slice(1), card: siteCard(locale) },
    ...index.claims.flatMap((c) => {
      const view = claimView(c, index, siteUrl, locale, { staleTranslation: true });
      // An edition without a translation of the claim uses the English card (claim-view.ts): nothing to draw twice.
      if (locale !== DEFAULT_LOCALE && !view.translation) return [];
      return [{ path: view.imagePath.slice(1), card: claimCard(view) }];
    }),
  ]);
}
