/**
 * The verdict scale is defined once (`verdicts.ts`); the stylesheet's verdict
 * colours must be those, in both schemes, so the page, the Open Graph images
 * and the badges can never drift apart.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { toHtml } from 'hast-util-to-html';
import { VERDICTS, VERDICT_IDS } from './verdicts.ts';
import { verdictBadge } from './verdict-badge.ts';

const css = readFileSync('src/styles/global.css', 'utf8');
const darkStart = css.indexOf('prefers-color-scheme: dark');
const colourIn = (block: string, id: string) => new RegExp(`--v-${id}:\\s*(#[0-9a-f]{3,6})`, 'i').exec(block)?.[1]?.toLowerCase();

describe('the verdict scale', () => {
  for (const id of VERDICT_IDS) {
    it(`gives global.css the colours of "${id}" from verdicts.ts`, () => {
      assert.equal(colourIn(css.slice(0, darkStart), id), VERDICTS[id].colour.light);
      assert.equal(colourIn(css.slice(darkStart), id), VERDICTS[id].colour.dark);
    });
  }
  it('has a distinct symbol and label for every verdict', () => {
    assert.equal(new Set(VERDICT_IDS.map((id) => VERDICTS[id].symbol)).size, VERDICT_IDS.length);
    assert.equal(new Set(VERDICT_IDS.map((id) => VERDICTS[id].label)).size, VERDICT_IDS.length);
  });
  it('draws one badge: symbol hidden from screen readers, label as text, optional link and context', () => {
    assert.equal(
      toHtml(verdictBadge('false')),
      '<span class="verdict" data-verdict="false"><span aria-hidden="true">✗</span> False</span>',
    );
    assert.equal(
      toHtml(verdictBadge('accurate', { href: '/claims/x/', classes: ['claim-badge'], context: ': claim check' })),
      '<a href="/claims/x/" class="claim-badge" data-verdict="accurate"><span aria-hidden="true">✓</span> Accurate<span class="visually-hidden">: claim check</span></a>',
    );
  });
});
