import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import type { Outlet } from '../../schemas/outlet.ts';
import type { Person } from '../../schemas/person.ts';
import type { Entry } from '../../lib/model/entry.ts';
import {
  articleToSearchDocument,
  claimToSearchDocument,
  eventToSearchDocument,
  outletToSearchDocument,
  personToSearchDocument,
  searchDocuments,
  shorten,
  SNIPPET_CHARS,
} from './document.ts';

const entry = <T>(collection: string, id: string, data: Partial<T>): Entry<T> => ({
  id,
  file: `content/${collection}/${id}.md`,
  data: data as T,
  body: '',
});
const ref = (collection: string, id: string) => ({ collection, id });

const person = entry<Person>('people', 'alnur-musayev', {
  name: 'Alnur Musayev',
  localNames: { uk: 'Альнур Мусаєв', ru: 'Альнур Мусаев' },
  aliases: ['Alnur Mussayev', 'Mussayev', ''],
  role: 'Former head of the KNB',
});
const outlet = entry<Outlet>('outlets', 'rt', {
  name: 'RT',
  aliases: ['Russia Today'],
  country: 'Russia',
  ownership: 'Funded from the federal budget.',
});
const article = entry<Article>('articles', 'espreso-musayev', {
  title: 'Putin-Trump agreement is possible',
  summary: 'An interview.',
  outlet: ref('outlets', 'espreso-tv'),
  authors: [{ name: 'Jon Smyth', correctName: 'John Smith' }],
  translation: {
    originalOutlet: ref('outlets', 'washington-post'),
    translator: ref('outlets', 'inosmi'),
    originalAuthors: ['Robyn Dixon'],
    originalLanguage: 'en',
    chain: ['en', 'ru'],
  },
});
const claim = entry<Claim>('claims', 'musayev-trump-contact', {
  claim: 'Trump is in close contact with Russian political circles.',
  conclusion: 'No evidence. '.repeat(20),
  verdict: 'unsupported',
  claimant: { person: ref('people', 'alnur-musayev'), outlet: ref('outlets', 'espreso-tv') },
  people: [ref('people', 'donald-trump'), ref('people', 'alnur-musayev')],
});
const event = entry<Event>('events', 'valdai-2024', {
  title: 'Putin speaks at Valdai',
  description: 'The annual speech.',
  people: [ref('people', 'vladimir-putin')],
});

describe('toSearchDocument', () => {
  it('makes a claim findable by its claimant and subjects, once each, with its verdict', () => {
    const doc = claimToSearchDocument(claim);
    assert.equal(doc.kind, 'claim');
    assert.equal(doc.title, 'Trump is in close contact with Russian political circles.');
    assert.equal(doc.verdict, 'unsupported');
    assert.deepEqual(doc.refs, ['people/alnur-musayev', 'outlets/espreso-tv', 'people/donald-trump']);
    assert.ok(doc.text.length <= SNIPPET_CHARS && doc.text.endsWith('…'));
  });

  it('gives a person every alias, without blanks', () => {
    const doc = personToSearchDocument(person);
    assert.deepEqual(doc, {
      kind: 'person',
      id: 'alnur-musayev',
      title: 'Alnur Musayev',
      text: 'Former head of the KNB',
      aliases: ['Альнур Мусаєв', 'Альнур Мусаев', 'Alnur Mussayev', 'Mussayev'],
      refs: [],
    });
  });

  it('titles a person as each edition spells the name, and keeps every other spelling, Latin and Cyrillic, as aliases', () => {
    const uk = personToSearchDocument(person, 'uk');
    assert.equal(uk.title, 'Альнур Мусаєв');
    assert.deepEqual(uk.aliases, ['Alnur Musayev', 'Альнур Мусаев', 'Alnur Mussayev', 'Mussayev']);
  });

  it('indexes a translated edition by the translated claim, conclusion and event text', () => {
    const translations = {
      claim: (l: string) =>
        l === 'ru' ? { translation: { data: { claim: 'Русский текст', conclusion: 'Вывод' } }, current: true } : undefined,
      event: () => ({ translation: { data: { title: 'Событие', description: 'Описание' } }, current: true }),
      digest: () => '',
    } as never;
    const docs = searchDocuments(
      { people: [person], outlets: [outlet], events: [event], articles: [article], claims: [claim], translations },
      'ru',
    );
    const byKind = Object.fromEntries(docs.map((d) => [d.kind, d]));
    assert.equal(byKind['claim']?.title, 'Русский текст');
    assert.equal(byKind['claim']?.text, 'Вывод');
    assert.equal(byKind['event']?.title, 'Событие');
    assert.equal(byKind['person']?.title, 'Альнур Мусаев');
    // The English edition ignores translations.
    assert.equal(
      searchDocuments({ people: [person], outlets: [outlet], events: [event], articles: [article], claims: [claim], translations })[4]
        ?.title,
      claim.data.claim,
    );
  });

  it('finds an article by its bylines (as printed and corrected) and its outlets', () => {
    const doc = articleToSearchDocument(article);
    assert.deepEqual(doc.aliases, ['Jon Smyth', 'John Smith', 'Robyn Dixon']);
    assert.deepEqual(doc.refs, ['outlets/espreso-tv', 'outlets/washington-post']);
    assert.equal(doc.verdict, undefined);
  });

  it('describes an outlet by country and ownership', () => {
    const doc = outletToSearchDocument(outlet);
    assert.equal(doc.text, 'Russia. Funded from the federal budget.');
    assert.deepEqual(doc.aliases, ['Russia Today']);
  });

  it('links an event to the people involved', () => {
    assert.deepEqual(eventToSearchDocument(event).refs, ['people/vladimir-putin']);
  });

  it('lists people and outlets before the entries that reference them', () => {
    const docs = searchDocuments({ people: [person], outlets: [outlet], events: [event], articles: [article], claims: [claim] });
    assert.deepEqual(
      docs.map((d) => d.kind),
      ['person', 'outlet', 'event', 'article', 'claim'],
    );
  });
});

describe('shorten', () => {
  it('keeps short text whole, flattening whitespace', () => assert.equal(shorten('A  short\ntext.'), 'A short text.'));
  it('cuts at a word boundary and marks the cut', () => {
    const out = shorten('The quick brown fox jumps over the lazy dog', 20);
    assert.equal(out, 'The quick brown fox…');
  });
});
