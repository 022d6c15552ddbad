import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogueProblems, inlineMarkdown, translator } from './messages.ts';

describe('message catalogues', () => {
  it('give every English key a translation in uk and ru, with the same placeholders and every plural form', () => {
    assert.deepEqual(catalogueProblems(), []);
  });
  it('report a missing key with the key and the file, a dropped placeholder, a missing plural form and a stray namespace', () => {
    const problems = catalogueProblems({
      en: { a: { 'a.b': 'A {n}', 'a.c': 'C', 'a.n.one': '{n} claim', 'a.n.other': '{n} claims' } },
      uk: { a: { 'a.b': 'А', 'a.n.one': '{n} твердження', 'a.n.few': '{n} твердження', 'a.n.other': '{n} твердження' } },
      ru: { a: { 'a.b': 'А {n}', 'a.c': 'Ц', 'a.n.one': '{n}', 'a.n.few': '{n}', 'a.n.many': '{n}', 'a.n.other': '{n}', 'x.y': 'X' } },
    });
    assert.deepEqual(
      problems.map((p) => [p.file, p.field]),
      [
        ['src/i18n/ru/a.json', 'x.y'],
        ['src/i18n/uk/a.json', 'a.b'],
        ['src/i18n/uk/a.json', 'a.c'],
        ['src/i18n/uk/a.json', 'a.n.many'],
        ['src/i18n/ru/x.json', 'x.y'],
      ],
    );
    assert.match(problems[2]!.message, /no uk text for "a\.c"/);
    assert.match(problems[3]!.fix ?? '', /one, few, many, other/);
  });
  it('count in each language’s plural forms, with the number formatted for the locale', () => {
    const uk = translator('uk');
    assert.equal(uk.locale, 'uk');
    // Any plural key of the real catalogue: one, few and many differ in Ukrainian.
    const forms = [1, 3, 5, 21].map((n) => uk.plural('common.checks', n));
    assert.equal(new Set(forms.map((f) => f.replace(/[\d\s]/g, ''))).size, 3, forms.join(' / '));
    assert.match(translator('ru').plural('common.checks', 10000), /^10\s000 /);
  });
  it('render inline Markdown and escape placeholder values', () => {
    assert.equal(inlineMarkdown('**a** <b> [c](/d/)'), '<strong>a</strong> &lt;b&gt; <a href="/d/">c</a>');
    assert.equal(translator('en').html('common.tagline'), 'fact-check');
  });
});
