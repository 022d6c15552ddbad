/** The real content, loaded the way `npm run check:content` loads it, so tests derive expectations from it. */
import { loadContent } from '../src/lib/content/loader.ts';
import { VERDICTS } from '../src/lib/model/verdicts.ts';

export const { snapshot: content } = loadContent(process.env['CONTENT_DIR'] ?? 'content');
export { VERDICTS };
