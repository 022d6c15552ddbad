/**
 * `npm run check:content`: validates all of `content/` in seconds, without a
 * build, and prints every problem with the file, the field and the fix.
 * Usage: node scripts/check-content.ts [content-dir]
 */
import { checkIntegrity } from '../src/lib/integrity.ts';
import { loadContent } from '../src/lib/content-loader.ts';
import { articleBlocks } from '../src/lib/markdown.ts';
import { formatProblems } from '../src/lib/problems.ts';

const dir = process.argv[2] ?? process.env['CONTENT_DIR'] ?? 'content';
const started = performance.now();
const { snapshot, problems } = loadContent(dir);
problems.push(...checkIntegrity(snapshot, (a) => articleBlocks(a.body).join('\n')));
const counts = Object.entries(snapshot).map(([name, list]) => `${list.length} ${name}`).join(', ');
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\nChecked ${counts} in ${ms} ms.`);
  process.exit(1);
}
console.log(`Content OK: ${counts} (${ms} ms).`);
