/**
 * Citations: the claim framed as a claim with its verdict, no doubled
 * punctuation, and an access date (or its slot) in the styles that want one.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { accessDateText, localDay } from './access-date.ts';
import { ACCESS_DATE_SLOT, citationsFor, sentence } from './citation.ts';

const input = {
  headline: 'RT claimed, January 2025: Kyiv has outlawed any talks with Russia while Putin is president.',
  verdict: 'Misleading',
  siteName: 'Spheres of Influence',
  url: 'https://example.org/claims/x/',
  published: '2026-11-22',
};
const byStyle = (accessed?: string) => Object.fromEntries(citationsFor({ ...input, accessed }).map((c) => [c.style, c.text]));

describe('citations', () => {
  it('cite the claim as a claim, verdict included, in every style', () => {
    for (const text of Object.values(byStyle()))
      assert.match(text, /Fact check: RT claimed, January 2025: Kyiv .* president \(Misleading\)/);
  });
  it('never double punctuation', () => {
    for (const text of Object.values(byStyle('2027-01-05'))) assert.doesNotMatch(text, /\.\s?\.|[.?!] \((?!\d{4})|\.”\.|,\s*\./, text);
  });
  it('write the styles as their manuals do', () => {
    const c = byStyle('2027-01-05');
    assert.equal(
      c['Plain'],
      'Fact check: RT claimed, January 2025: Kyiv has outlawed any talks with Russia while Putin is president (Misleading). Spheres of Influence, 22 November 2026. https://example.org/claims/x/',
    );
    assert.equal(
      c['APA'],
      'Spheres of Influence. (2026, November 22). Fact check: RT claimed, January 2025: Kyiv has outlawed any talks with Russia while Putin is president (Misleading). Retrieved January 5, 2027, from https://example.org/claims/x/',
    );
    assert.equal(
      c['MLA'],
      '“Fact check: RT claimed, January 2025: Kyiv has outlawed any talks with Russia while Putin is president (Misleading).” Spheres of Influence, 22 Nov. 2026, https://example.org/claims/x/. Accessed 5 Jan. 2027.',
    );
    assert.equal(
      c['Chicago'],
      'Spheres of Influence. “Fact check: RT claimed, January 2025: Kyiv has outlawed any talks with Russia while Putin is president (Misleading).” 22 November 2026. https://example.org/claims/x/.',
    );
  });
  it('leave a slot for the access date when the day is not known, only where the style wants one', () => {
    const cs = citationsFor(input);
    assert.deepEqual(
      cs.filter((c) => c.text.includes(ACCESS_DATE_SLOT)).map((c) => [c.style, c.accessDate]),
      [
        ['APA', 'apa'],
        ['MLA', 'mla'],
      ],
    );
  });
  it('end a sentence once', () => {
    assert.equal(sentence('Is it?'), 'Is it?');
    assert.equal(sentence('He said “no.”'), 'He said “no.”');
    assert.equal(sentence('Plain'), 'Plain.');
  });
  it('write access dates per style, from the local day', () => {
    assert.equal(accessDateText('mla', '2027-06-05'), '5 June 2027');
    assert.equal(accessDateText('apa', '2027-09-30'), 'September 30, 2027');
    assert.equal(localDay(new Date(2027, 0, 5, 23, 59)), '2027-01-05');
  });
});
