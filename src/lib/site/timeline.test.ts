import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import type { Outlet } from '../../schemas/outlet.ts';
import type { Person } from '../../schemas/person.ts';
import { SCHEMAS, loadContent } from '../content/loader.ts';
import type { Entry, Snapshot } from '../model/entry.ts';
import type { Translations } from '../content/translations.ts';
import { claimSourceHash, eventSourceHash } from '../i18n/source-hash.ts';
import { indexSite } from './site-index.ts';
import {
  buildTimeline,
  compareEntries,
  groupByMonth,
  monthLabel,
  timelineEntries,
  timelineFilters,
  timelineKinds,
  type TimelineEntry,
} from './timeline.ts';

/** An entry whose frontmatter went through the real schema (so defaults and refs are as on the site). */
function entry<T>(collection: keyof typeof SCHEMAS, id: string, data: Record<string, unknown>): Entry<T> {
  return { id, file: `content/${collection}/${id}.md`, data: SCHEMAS[collection].parse(data) as T, body: '' };
}

const outlet = (id: string, name: string) =>
  entry<Outlet>('outlets', id, {
    name,
    homepage: 'https://example.org',
    country: 'Nowhere',
    ownership: 'Test.',
    stateAffiliation: 'independent',
  });
const person = (id: string, name: string) => entry<Person>('people', id, { name, role: 'Test' });
const article = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  entry<Article>('articles', id, {
    title: `Article ${id}`,
    outlet: 'paper',
    published: { date, certainty: 'stated' },
    language: 'en',
    seed: '000_0000000000000000.txt',
    captureSha256: '0'.repeat(64),
    summary: 'A test article.',
    ...extra,
  });
const claim = (id: string, claimDate: string, extra: Record<string, unknown> = {}) =>
  entry<Claim>('claims', id, {
    claim: `Claim ${id}`,
    claimant: { person: 'ann' },
    kind: 'factual',
    verdict: 'false',
    conclusion: 'No.',
    appearances: [{ article: 'a-dec', quote: 'a quote of some words' }],
    claimDate,
    published: '2026-01-10',
    reviewed: { date: '2026-01-10', methodology: '2026-12' },
    ...extra,
  });
const event = (id: string, date: string, extra: Record<string, unknown> = {}) =>
  entry<Event>('events', id, {
    title: `Event ${id}`,
    date,
    description: `What happened at ${id}.`,
    sources: [{ publisher: 'P', title: 'T', date }],
    ...extra,
  });

function site(parts: Partial<Snapshot>, translations?: Translations) {
  return indexSite(
    {
      articles: [],
      claims: [],
      events: [],
      people: [person('ann', 'Ann Example'), person('bob', 'Bob Example')],
      outlets: [outlet('paper', 'The Paper'), outlet('wire', 'A Wire'), outlet('translator', 'Translator Daily')],
      ...parts,
    },
    translations,
  );
}

const anchors = (entries: readonly TimelineEntry[]) => entries.map((e) => e.anchor);

describe('timelineEntries: order', () => {
  it('merges kinds by date; a month-only date follows the dated days of its month, a bare year follows its months', () => {
    const s = site({
      events: [event('month-only', '2024-12'), event('year-only', '2024'), event('nov', '2024-11-05'), event('jan', '2025-01-02')],
      articles: [article('a-dec', '2024-12-08'), article('a-timed', '2024-12-08T10:50:16')],
      claims: [claim('c-early', '2024-12-03')],
    });
    assert.deepEqual(anchors(timelineEntries(s)), [
      'event-nov',
      'claim-c-early',
      'article-a-timed',
      'article-a-dec',
      'event-month-only',
      'event-year-only',
      'event-jan',
    ]);
  });

  it('breaks ties on the same date by kind (event, article, claim), then by title', () => {
    const s = site({
      events: [event('e', '2024-12-08')],
      articles: [article('a-dec', '2024-12-08')],
      claims: [claim('zeta', '2024-12-08', { claim: 'Zeta said' }), claim('alpha', '2024-12-08', { claim: 'Alpha said' })],
    });
    assert.deepEqual(anchors(timelineEntries(s)), ['event-e', 'article-a-dec', 'claim-alpha', 'claim-zeta']);
  });

  it('places a claim at its claim date, not at the date of the check', () => {
    const s = site({ articles: [article('a-dec', '2024-12-20')], claims: [claim('c', '2024-12-01', { published: '2026-05-01' })] });
    const entries = timelineEntries(s);
    assert.deepEqual(anchors(entries), ['claim-c', 'article-a-dec']);
    assert.equal(entries[0]?.date, '2024-12-01');
  });

  it('compareEntries agrees with the sorted order', () => {
    const s = site({ events: [event('m', '2024-12'), event('d', '2024-12-31')], articles: [article('a-dec', '2024-12-31')] });
    const entries = timelineEntries(s);
    const resorted = [...entries].reverse().sort(compareEntries);
    assert.deepEqual(anchors(resorted), anchors(entries));
    assert.deepEqual(anchors(entries), ['event-d', 'article-a-dec', 'event-m']);
  });
});

describe('timelineEntries: what each entry carries', () => {
  const s = site({
    events: [event('ev', '2025-01-03', { approximate: true, people: ['bob'], articles: ['a-tr'] })],
    articles: [
      article('a-dec', '2024-12', { published: { date: '2024-12', certainty: 'inferred', reasoning: 'Dated by its content.' } }),
      article('a-tr', '2025-01-05', {
        outlet: 'translator',
        translation: { originalOutlet: 'wire', originalLanguage: 'en', translator: 'translator', chain: ['en', 'ru'] },
      }),
    ],
    claims: [
      claim('c', '2025-01-05', {
        verdict: 'misleading',
        claimant: { person: 'ann', outlet: 'paper' },
        people: ['bob'],
        appearances: [{ article: 'a-tr', quote: 'some quoted words' }],
      }),
    ],
  });
  const byAnchor = new Map(timelineEntries(s).map((e) => [e.anchor, e]));

  it('gives every entry its anchor and page', () => {
    assert.equal(byAnchor.get('event-ev')?.href, '/events/ev/');
    assert.equal(byAnchor.get('article-a-dec')?.href, '/articles/a-dec/');
    assert.equal(byAnchor.get('claim-c')?.href, '/claims/c/');
  });

  it('keeps dates as written, with approximate and inferred flags', () => {
    assert.deepEqual([byAnchor.get('event-ev')?.date, byAnchor.get('event-ev')?.approximate], ['2025-01-03', true]);
    assert.deepEqual([byAnchor.get('article-a-dec')?.date, byAnchor.get('article-a-dec')?.inferred], ['2024-12', true]);
    assert.equal(byAnchor.get('article-a-tr')?.inferred, false);
  });

  it('labels claims with their verdict and claimant, and only claims', () => {
    const c = byAnchor.get('claim-c');
    assert.equal(c?.kind, 'claim');
    assert.equal(c?.verdict, 'misleading');
    assert.equal(c?.context, 'Ann Example, The Paper');
    assert.equal(byAnchor.get('event-ev')?.verdict, undefined);
    assert.equal(byAnchor.get('article-a-tr')?.verdict, undefined);
  });

  it('facets: claim outlets and people, translated article outlets, article people from its claims, event outlets from its articles', () => {
    assert.deepEqual(byAnchor.get('claim-c')?.outlets.sort(), ['paper', 'translator']);
    assert.deepEqual(byAnchor.get('claim-c')?.people.sort(), ['ann', 'bob']);
    assert.deepEqual(byAnchor.get('article-a-tr')?.outlets.sort(), ['translator', 'wire']);
    assert.deepEqual(byAnchor.get('article-a-tr')?.people.sort(), ['ann', 'bob']);
    assert.equal(byAnchor.get('article-a-tr')?.context, 'Translator Daily, translating A Wire');
    assert.deepEqual(byAnchor.get('article-a-dec')?.people, []);
    assert.deepEqual(byAnchor.get('event-ev')?.outlets.sort(), ['translator', 'wire']);
    assert.deepEqual(byAnchor.get('event-ev')?.people, ['bob']);
  });
});

describe('groupByMonth', () => {
  it('groups consecutive entries by month with labels and anchors; a bare year is its own group', () => {
    const s = site({
      events: [event('y', '2024'), event('m', '2024-12'), event('d', '2024-12-02'), event('n', '2024-11-30'), event('j', '2025-01')],
    });
    const groups = buildTimeline(s);
    assert.deepEqual(
      groups.map((g) => [g.key, g.label, g.anchor, anchors(g.entries)]),
      [
        ['2024-11', 'November 2024', 'month-2024-11', ['event-n']],
        ['2024-12', 'December 2024', 'month-2024-12', ['event-d', 'event-m']],
        ['2024', '2024, month not known', 'year-2024', ['event-y']],
        ['2025-01', 'January 2025', 'month-2025-01', ['event-j']],
      ],
    );
  });

  it('keeps a month in one group when a year-only entry would sort before it by title', () => {
    const s = site({ events: [event('zebra', '2024-12', { title: 'Zebra' }), event('aardvark', '2024', { title: 'Aardvark' })] });
    const groups = buildTimeline(s);
    assert.deepEqual(
      groups.map((g) => [g.anchor, anchors(g.entries)]),
      [
        ['month-2024-12', ['event-zebra']],
        ['year-2024', ['event-aardvark']],
      ],
    );
  });

  it('returns no groups for no entries', () => {
    assert.deepEqual(groupByMonth([]), []);
  });
});

describe('timelineFilters', () => {
  it('offers only values in use: kinds in order, outlets and people by name, verdicts in scale order', () => {
    const s = site({
      events: [event('ev', '2025-01-03', { people: ['bob'] })],
      articles: [article('a-dec', '2024-12-01')],
      claims: [claim('c1', '2024-12-02', { verdict: 'false' }), claim('c2', '2024-12-02', { verdict: 'accurate' })],
    });
    const filters = timelineFilters(timelineEntries(s), s);
    const options = Object.fromEntries(filters.map((f) => [f.name, f.options.map((o) => `${o.value}:${o.label}`)]));
    assert.deepEqual(options, {
      kind: ['event:Events', 'article:Articles', 'claim:Claims'],
      outlet: ['paper:The Paper'],
      person: ['ann:Ann Example', 'bob:Bob Example'],
      verdict: ['accurate:Accurate', 'false:False'],
    });
  });
});

describe('the valid fixture', () => {
  it('orders the month-only article after the dated claim of the same month', () => {
    const { snapshot, problems } = loadContent('test/fixtures/valid');
    assert.deepEqual(problems, []);
    const groups = buildTimeline(indexSite(snapshot));
    assert.deepEqual(
      groups.map((g) => [g.label, anchors(g.entries)]),
      [
        ['November 2024', ['event-sky-survey']],
        ['December 2024', ['claim-sky-is-green', 'article-example-article']],
      ],
    );
  });
});

describe('the timeline in another edition', () => {
  const ev = event('ev', '2024-12-03');
  const stale = event('stale', '2024-12-03', { title: 'Stale event' });
  const plain = event('plain', '2024-12-03', { title: 'Plain event' });
  const c = claim('c', '2024-12-02', { verdict: 'misleading' });
  const annUk = entry<Person>('people', 'ann', { name: 'Ann Example', role: 'Test', localNames: { uk: 'Енн Екзампл' } });
  const translations: Translations = {
    events: [
      {
        id: 'ev',
        locale: 'uk',
        file: 'content/translations/uk/events/ev.md',
        body: '',
        data: { source: { hash: eventSourceHash(ev) }, translated: '2026-12-01', title: 'Подія ev', description: 'Що сталося.' },
      },
      {
        id: 'stale',
        locale: 'uk',
        file: 'content/translations/uk/events/stale.md',
        body: '',
        data: { source: { hash: '000000000000' }, translated: '2026-12-01', title: 'Застаріла подія', description: 'Старий опис.' },
      },
    ],
    claims: [
      {
        id: 'c',
        locale: 'uk',
        file: 'content/translations/uk/claims/c.md',
        body: '',
        data: {
          source: { hash: claimSourceHash(c), verdict: 'misleading' },
          translated: '2026-12-01',
          claim: 'Твердження c',
          conclusion: 'Ні.',
          quotes: ['цитата'],
        },
      },
    ],
  };
  const s = site(
    {
      events: [ev, stale, plain],
      articles: [article('a-dec', '2024-12-01'), article('a-tr', '2024-12-01', { translation: translationOf('wire') })],
      claims: [c, claim('c2', '2024-12-02', { claim: 'Untranslated claim' })],
      people: [annUk, person('bob', 'Bob Example')],
    },
    translations,
  );
  const uk = new Map(timelineEntries(s, 'uk').map((e) => [e.anchor, e]));

  it('keeps the English order, so an entry is at the same place in every edition', () => {
    assert.deepEqual(anchors(timelineEntries(s, 'uk')), anchors(timelineEntries(s, 'en')));
    assert.deepEqual(anchors(timelineEntries(s, 'ru')), anchors(timelineEntries(s, 'en')));
  });

  it('titles an event from its current translation; an untranslated or stale one stays English, marked as such', () => {
    assert.deepEqual(
      [uk.get('event-ev')?.title, uk.get('event-ev')?.context, uk.get('event-ev')?.titleLang],
      ['Подія ev', 'Що сталося.', undefined],
    );
    assert.deepEqual(
      [uk.get('event-stale')?.title, uk.get('event-stale')?.titleLang, uk.get('event-stale')?.contextLang],
      ['Stale event', 'en', 'en'],
    );
    assert.deepEqual([uk.get('event-plain')?.title, uk.get('event-plain')?.titleLang], ['Plain event', 'en']);
    assert.equal(uk.get('event-ev')?.href, '/uk/events/ev/');
  });

  it('restates a claim in the edition, with the claimant as the edition spells them; an untranslated one stays English', () => {
    assert.deepEqual(
      [uk.get('claim-c')?.title, uk.get('claim-c')?.titleLang, uk.get('claim-c')?.context, uk.get('claim-c')?.href],
      ['Твердження c', undefined, 'Енн Екзампл', '/uk/claims/c/'],
    );
    assert.deepEqual([uk.get('claim-c2')?.title, uk.get('claim-c2')?.titleLang], ['Untranslated claim', 'en']);
  });

  it("keeps an article's headline in its own language, and says what it translates in the edition's words", () => {
    assert.deepEqual([uk.get('article-a-dec')?.title, uk.get('article-a-dec')?.titleLang], ['Article a-dec', 'en']);
    assert.equal(uk.get('article-a-tr')?.context, 'The Paper, переклад матеріалу A Wire');
    assert.equal(uk.get('article-a-tr')?.href, '/uk/articles/a-tr/');
    // In English an English headline needs no mark.
    assert.equal(timelineEntries(s).find((e) => e.id === 'a-dec')?.titleLang, undefined);
  });

  it("labels months in the edition's language, capitalised; a year-only group in its words", () => {
    assert.equal(monthLabel('2024-12', 'uk'), 'Грудень 2024 р.');
    assert.equal(monthLabel('2024-12', 'ru'), 'Декабрь 2024 г.');
    assert.equal(monthLabel('2024', 'uk'), '2024, місяць невідомий');
    assert.equal(monthLabel('2024', 'ru'), '2024, месяц неизвестен');
    assert.equal(monthLabel('2024-12'), 'December 2024');
    assert.deepEqual(
      buildTimeline(site({ events: [event('y', '2024'), event('m', '2024-11')] }), 'ru').map((g) => g.label),
      ['Ноябрь 2024 г.', '2024, месяц неизвестен'],
    );
  });

  it('names kinds and filters in the edition, with verdicts and people as it calls them', () => {
    assert.deepEqual(
      timelineKinds('uk').map((k) => [k.label, k.plural]),
      [
        ['Подія', 'Події'],
        ['Стаття', 'Статті'],
        ['Твердження', 'Твердження'],
      ],
    );
    const filters = timelineFilters(timelineEntries(s, 'uk'), s, 'uk');
    assert.deepEqual(
      filters.map((f) => f.label),
      ['Тип', 'Видання', 'Особа', 'Оцінка'],
    );
    const options = Object.fromEntries(filters.map((f) => [f.name, f.options.map((o) => `${o.value}:${o.label}`)]));
    assert.deepEqual(options['kind'], ['event:Події', 'article:Статті', 'claim:Твердження']);
    assert.deepEqual(options['verdict'], ['misleading:Вводить в оману', 'false:Неправда']);
    assert.ok(options['person']!.includes('ann:Енн Екзампл'));
  });
});

function translationOf(original: string) {
  return { originalOutlet: original, originalLanguage: 'en', translator: 'paper', chain: ['en', 'en'] };
}
