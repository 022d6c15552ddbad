import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildVocabulary, createVocabulary, matchTerm, maxTypos, wordId } from './vocabulary.ts';

describe('maxTypos', () => {
  it('tolerates none in short terms, one in medium, two in long', () => {
    assert.deepEqual([3, 4, 5, 6, 9].map(maxTypos), [0, 1, 1, 2, 2]);
  });
});

describe('matchTerm', () => {
  const v = buildVocabulary([
    [['alnur', 'musaev'], [], [], ['former', 'head']],
    [['trump', 'contact'], [], ['musaev'], ['musaev', 'said']],
    [['putin'], [], [], ['moscow']],
  ]);
  const words = (term: string, prefix = false) =>
    matchTerm(v, term, prefix)
      .sort((a, b) => b.quality - a.quality)
      .map((m) => [v.words[m.word], m.quality]);

  it('finds the word itself with full quality', () => assert.deepEqual(words('putin'), [['putin', 1]]));
  it('finds a word within the tolerated typos, with lower quality', () => {
    assert.deepEqual(words('ptuin'), [['putin', 0.7]]);
    assert.deepEqual(words('muasve'), [['musaev', 0.4]]);
  });
  it('finds words starting with a term still being typed', () => {
    assert.deepEqual(
      words('mos', true).map(([w]) => w),
      ['moscow'],
    );
    assert.deepEqual(words('mos', false), []);
    assert.deepEqual(
      words('musay', true).map(([w]) => w),
      ['musaev'],
    );
  });
  it('records each word once per record and field, and how many records hold it', () => {
    const id = v.ids.get('musaev') ?? -1;
    assert.deepEqual([...(v.postings[id] ?? [])], [0 * 4 + 0, 1 * 4 + 2, 1 * 4 + 3]);
    assert.equal(v.df[id], 2);
  });
});

describe('wordId', () => {
  it('finds a word whether the vocabulary came in alphabetical order or not', () => {
    for (const words of [
      ['alnur', 'moscow', 'musaev', 'putin'],
      ['putin', 'alnur', 'musaev', 'moscow'],
    ]) {
      const v = createVocabulary(words, [1, 1, 1, 1]);
      assert.equal(wordId(v, 'musaev'), words.indexOf('musaev'));
      assert.equal(wordId(v, 'alnur'), words.indexOf('alnur'));
      assert.equal(wordId(v, 'musa'), undefined);
      assert.equal(wordId(v, 'zzz'), undefined);
    }
  });
});
