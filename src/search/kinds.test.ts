import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { listUrl, searchUrl } from './kinds.ts';

describe('searchUrl', () => {
  it('is the entry page', () => {
    assert.equal(searchUrl('person', 'alnur-musayev'), '/people/alnur-musayev/');
    assert.equal(searchUrl('claim', 'x'), '/claims/x/');
  });
});

describe('listUrl', () => {
  it('is the list page of the kind; events are listed on the timeline', () => {
    assert.equal(listUrl('claim'), '/claims/');
    assert.equal(listUrl('person'), '/people/');
    assert.equal(listUrl('event'), '/timeline/');
  });
});
