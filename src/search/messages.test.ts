import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { searchMessagesFor } from './messages.ts';
import { countText } from './client/messages.ts';

describe('search messages per edition', () => {
  it('point each edition at its own index and search page', () => {
    assert.equal(searchMessagesFor('en').index, '/search-index/');
    assert.equal(searchMessagesFor('uk').index, '/search-index/uk/');
    assert.equal(searchMessagesFor('ru').page, '/ru/search/');
  });
  it('count results in each language’s plural forms', () => {
    const uk = searchMessagesFor('uk');
    assert.deepEqual(
      [1, 3, 5, 21].map((n) => countText(n, n, uk)),
      ['1 результат', '3 результати', '5 результатів', '21 результат'],
    );
    const ru = searchMessagesFor('ru');
    assert.deepEqual(
      [1, 2, 11].map((n) => countText(n, n, ru)),
      ['1 результат', '2 результата', '11 результатов'],
    );
    assert.equal(countText(3, 3, searchMessagesFor('en')), '3 results');
    assert.equal(countText(0, 0, uk), 'Нічого не знайдено');
    assert.equal(countText(8, 1200, ru), 'Лучшие 8 (всего: 1\u00a0200)');
  });
  it('label kinds and verdicts in the edition’s language', () => {
    const ru = searchMessagesFor('ru');
    assert.equal(ru.kinds.person, 'Человек');
    assert.equal(ru.verdicts.false, 'Неправда');
  });
});
