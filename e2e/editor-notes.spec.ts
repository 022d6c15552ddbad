/**
 * Readers' text and editors' notes stay apart: no page in the sitemap shows a
 * frontmatter field name (`urlNote`, "translation.note", `` `reasoning` ``)
 * or a note to maintainers, in its text or in what browsers and previews
 * show of it (title, description, alternative text, labels). Field names are
 * read off the schemas, so a new field is covered the day it is added.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { schemaFieldNames } from '../src/lib/content/schema-fields.ts';

const DIST = process.env['DIST_DIR'] ?? 'dist';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
const pages = locs(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).flatMap((s) =>
  locs(readFileSync(join(DIST, new URL(s).pathname), 'utf8')).map((u) => new URL(u).pathname),
);

const fields = [...schemaFieldNames()];
const any = fields.join('|');
/** A camelCase field alone, a dotted field path, or a field in backticks. */
const FIELD = new RegExp(`\\b(${fields.filter((f) => /[A-Z]/.test(f)).join('|')})\\b|\\b(${any})\\.(${any})\\b|\`(${any})\``);
/** Words addressed to maintainers, not readers. */
const MAINTAINER = /\b(TODO|FIXME|TBD)\b|check (it|this) against the live page|before using it as the link|frontmatter/i;

const CHUNKS = 6;

test.describe('editor notes stay for editors', () => {
  test('the sitemap lists pages to check', () => expect(pages.length).toBeGreaterThan(0));
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`no page shows a schema field name or a maintainer instruction (${chunk + 1}/${CHUNKS})`, async ({ page }) => {
      test.setTimeout(90_000);
      const found: string[] = [];
      for (const path of pages.filter((_, i) => i % CHUNKS === chunk)) {
        await page.goto(path);
        const texts = await page.evaluate(() => {
          const body = document.body.cloneNode(true) as HTMLElement;
          body.querySelectorAll('script, style, template').forEach((e) => e.remove());
          // textContent runs adjacent blocks together ("…quote." + "sources.csv" reads "quote.sources"):
          // end every block with a space, as a reader sees them apart.
          body.querySelectorAll('p, li, dt, dd, h1, h2, h3, h4, td, th, figcaption, blockquote, div').forEach((e) => e.append(' '));
          const attrs = [...document.querySelectorAll('[alt], [title], [aria-label], [placeholder]')].flatMap((e) =>
            ['alt', 'title', 'aria-label', 'placeholder'].map((a) => e.getAttribute(a) ?? ''),
          );
          const metas = [...document.querySelectorAll('meta[name="description"], meta[property^="og:"], meta[name^="twitter:"]')].map(
            (m) => m.getAttribute('content') ?? '',
          );
          return [document.title, ...metas, ...attrs, body.textContent ?? ''];
        });
        for (const text of texts.map((t) => t.replace(/https?:\/\/\S+/g, ''))) {
          const hit = FIELD.exec(text) ?? MAINTAINER.exec(text);
          if (hit) found.push(`${path}: “…${text.slice(Math.max(0, hit.index - 40), hit.index + 40)}…”`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});
