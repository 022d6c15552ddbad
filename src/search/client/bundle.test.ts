import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every module a browser entry pulls in (value imports, static and dynamic: `import type` is erased). */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'(\.[^']+)'/gm)) visit(join(dirname(file), m[1]!));
    for (const m of source.matchAll(/^\s*import\s+'(\.[^']+)'/gm)) visit(join(dirname(file), m[1]!));
    // Dynamic imports: the box loads its combobox on first focus.
    for (const m of source.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)) visit(join(dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen].map((f) => relative(process.cwd(), f));
}

describe('the search client bundle', () => {
  for (const entry of ['worker.ts', 'search.ts', 'page.ts']) {
    it(`${entry} ships no message catalogue: its words come in the edition's messages.json (only the English verdict labels of verdicts.ts)`, () => {
      const graph = moduleGraph(join('src/search/client', entry));
      assert.ok(graph.length > 1, 'the import graph was read');
      assert.deepEqual(
        // The whole catalogue (every namespace of every language) is 40 KB gzipped: the worker once carried it.
        graph.filter((f) => f === 'src/i18n/index.ts' || f === 'src/lib/i18n/messages.ts'),
        [],
        `imported by ${entry}: ${graph.join(', ')}`,
      );
    });
  }
});
