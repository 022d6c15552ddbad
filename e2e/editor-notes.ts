/**
 * Readers' text and editors' notes stay apart: no page shows a frontmatter
 * field name (`urlNote`, "translation.note", `` `reasoning` ``) or a note to
 * maintainers, in its text or in what browsers and previews show of it
 * (title, description, alternative text, labels). Field names are read off the
 * schemas, so a new field is covered the day it is added. Every page in the
 * sitemap is checked by e2e/every-page.spec.ts.
 */
import type { Page } from '@playwright/test';
import { schemaFieldNames } from '../src/lib/content/schema-fields.ts';

const fields = [...schemaFieldNames()];
const any = fields.join('|');
/** A camelCase field alone, a dotted field path, or a field in backticks. */
const FIELD = new RegExp(`\\b(${fields.filter((f) => /[A-Z]/.test(f)).join('|')})\\b|\\b(${any})\\.(${any})\\b|\`(${any})\``);
/** Words addressed to maintainers, not readers. */
const MAINTAINER = /\b(TODO|FIXME|TBD)\b|check (it|this) against the live page|before using it as the link|frontmatter/i;

/** What the page as loaded shows that is a field name or a note to maintainers, with some context; [] when none. */
export async function editorNotesShown(page: Page): Promise<string[]> {
  const found: string[] = [];
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
    if (hit) found.push(`“…${text.slice(Math.max(0, hit.index - 40), hit.index + 40)}…”`);
  }
  return found;
}
