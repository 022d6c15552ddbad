/** The real content, loaded the way `npm run check:content` loads it, so tests derive expectations from it. */
import { loadContent } from '../src/lib/content/loader.ts';
import { VERDICTS } from '../src/lib/model/verdicts.ts';
import { claimView, type ClaimView } from '../src/lib/site/claim-view.ts';
import { indexSite } from '../src/lib/site/site-index.ts';
import { loadTranslations } from '../src/lib/content/translations.ts';
import type { Locale } from '../src/lib/urls.ts';

const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';
export const { snapshot: content } = loadContent(CONTENT_DIR);
/** The Ukrainian and Russian translations of claims and events. */
export const { translations } = loadTranslations(CONTENT_DIR);
export { VERDICTS };

const index = indexSite(content, translations);
/** A claim's derived view (who claimed it, where, when; headline; title), as the pages build it, in an edition (English by default). */
export const viewOf = (id: string, locale?: Locale): ClaimView => claimView(index.claim.get(id)!, index, 'http://127.0.0.1/', locale);
