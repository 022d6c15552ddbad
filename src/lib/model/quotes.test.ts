import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findQuote, normalizeWhitespace } from './quotes.ts';

describe('quotes', () => {
  it('normalise whitespace only', () => {
    assert.equal(normalizeWhitespace('  a \n\t b  '), 'a b');
  });
  it('find a quote across different whitespace and map it back to the raw text', () => {
    const raw = 'He said:  “Russia is\nmilitarily invincible.” Then left.';
    const r = findQuote(raw, 'Russia is militarily invincible');
    assert.ok(r);
    assert.equal(raw.slice(r.start, r.end), 'Russia is\nmilitarily invincible');
  });
  it('do not forgive anything but whitespace: curly vs straight quotes differ', () => {
    assert.equal(findQuote('Trump’s victory', "Trump's victory"), undefined);
    assert.deepEqual(findQuote('Trump’s  victory', 'Trump’s victory'), { start: 0, end: 16 });
  });
  it('return undefined for an empty or missing quote', () => {
    assert.equal(findQuote('abc', '   '), undefined);
    assert.equal(findQuote('abc', 'abd'), undefined);
  });
});
