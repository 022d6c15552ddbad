import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countryName } from './countries.ts';

describe('countryName', () => {
  it('keeps the English name in English', () => {
    assert.deepEqual(countryName('Russia'), { name: 'Russia', lang: undefined });
    assert.deepEqual(countryName('United States', 'en'), { name: 'United States', lang: undefined });
  });
  it('names catalogued countries in each edition', () => {
    assert.deepEqual(countryName('Russia', 'uk'), { name: 'Росія', lang: undefined });
    assert.deepEqual(countryName('United States', 'ru'), { name: 'США', lang: undefined });
    assert.deepEqual(countryName('European Union', 'uk'), { name: 'Європейський Союз', lang: undefined });
  });
  it('falls back to the English name, marked as English', () => {
    assert.deepEqual(countryName('Netherlands (founded in Russia)', 'uk'), { name: 'Netherlands (founded in Russia)', lang: 'en' });
    assert.deepEqual(countryName('Atlantis', 'ru'), { name: 'Atlantis', lang: 'en' });
  });
});
