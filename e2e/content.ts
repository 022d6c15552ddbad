/** The real content, loaded the way `npm run check:content` loads it, so tests derive expectations from it. */
import { loadContent } from '../src/lib/content/loader.ts';
import { VERDICTS } from '../src/lib/model/verdicts.ts';
import { claimView, type ClaimView } from '../src/lib/site/claim-view.ts';
import { indexSite } from '../src/lib/site/site-index.ts';

export const { snapshot: content } = loadContent(process.env['CONTENT_DIR'] ?? 'content');
export { VERDICTS };

const index = indexSite(content);
/** A claim's derived view (who claimed it, where, when; headline; title), as the pages build it. */
export const viewOf = (id: string): ClaimView => claimView(index.claim.get(id)!, index, 'http://127.0.0.1/');
