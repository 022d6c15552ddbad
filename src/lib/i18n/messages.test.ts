import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueProblems, translator } from './messages.ts';

describe('message catalogues', () => {
  it('give every English key a translation in uk and ru, with the same placeholders', () => {
    assert.deepEqual(catalogueProblems(), []);
  });
  it('report a missing key with the key and the file, and a dropped placeholder', () => {
    const problems = catalogueProblems({ en: { 'a.b': 'A {n}', 'c.d': 'C' }, uk: { 'a.b': 'А' }, ru: { 'a.b': 'А {n}', 'c.d': 'Ц', 'x.y': 'X' } });
    assert.deepEqual(
      problems.map((p) => [p.file, p.field]),
      [
        ['src/i18n/uk.json', 'a.b'],
        ['src/i18n/uk.json', 'c.d'],
        ['src/i18n/ru.json', 'x.y'],
      ],
    );
    assert.match(problems[1]!.message, /no uk text for "c\.d"/);
  });
  it('fills placeholders', () => {
    assert.equal(translator('uk')('site.tagline'), 'перевірка фактів');
  });
});
