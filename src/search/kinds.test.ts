import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { searchUrl } from './kinds.ts';

describe('searchUrl', () => {
  it('is the entry page', () => {
    assert.equal(searchUrl('person', 'alnur-musayev'), '/people/alnur-musayev/');
    assert.equal(searchUrl('claim', 'x'), '/claims/x/');
  });
});
