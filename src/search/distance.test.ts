import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { editDistance, prefixDistance } from './distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    assert.equal(editDistance('tokaev', 'tokaev', 2), 0);
    assert.equal(editDistance('tokaev', 'tokav', 2), 1);
    assert.equal(editDistance('tokaev', 'tokaeva', 2), 1);
    assert.equal(editDistance('tokaev', 'tokeev', 2), 1);
    assert.equal(editDistance('tokaev', 'toakev', 2), 1);
    assert.equal(editDistance('malofev', 'mlaofve', 2), 2);
  });
  it('stops at max + 1', () => {
    assert.equal(editDistance('putin', 'trump', 2), 3);
    assert.equal(editDistance('a', 'abcdef', 2), 3);
  });
});

describe('prefixDistance', () => {
  it('measures a half-typed word against the start of a word', () => {
    assert.equal(prefixDistance('musa', 'musaev', 1), 0);
    assert.equal(prefixDistance('musay', 'musaev', 1), 1);
    assert.equal(prefixDistance('mosk', 'musaev', 1), 2);
  });
});
