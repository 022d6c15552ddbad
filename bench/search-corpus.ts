/**
 * A synthetic corpus for the search benchmark, shaped like the real content:
 * the real protagonists with their transliterated aliases, generated people
 * with spelling variants, outlets, events, articles and (mostly) claims whose
 * text is a word-level Markov chain over the five captured articles, sprinkled
 * with generated proper nouns so the vocabulary grows as a real one would.
 * Plus a fixed set of queries with the result each should find.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/schemas/article.ts';
import type { Claim } from '../src/schemas/claim.ts';
import type { Event } from '../src/schemas/event.ts';
import type { Outlet } from '../src/schemas/outlet.ts';
import type { Person } from '../src/schemas/person.ts';
import type { Entry } from '../src/lib/model/entry.ts';
import { VERDICT_IDS } from '../src/lib/model/verdicts.ts';

/** The real people of the articles, with the spellings readers will type. */
export const PROTAGONISTS: readonly { name: string; aliases: string[] }[] = [
  { name: 'Alnur Musayev', aliases: ['Alnur Mussayev', 'Mussayev', 'Мусаев'] },
  { name: 'Konstantin Malofeyev', aliases: ['Konstantin Malofeev', 'Malofeev', 'Малофеев'] },
  { name: 'Alexander Gabuyev', aliases: ['Alexander Gabuev', 'Gabuev', 'Габуев'] },
  { name: 'Kassym-Jomart Tokayev', aliases: ['Kassym-Zhomart Tokayev', 'Tokaev', 'Токаев'] },
  { name: 'Volodymyr Zelensky', aliases: ['Volodymyr Zelenskyy', 'Zelenskyy', 'Зеленський'] },
  { name: 'Vladimir Putin', aliases: ['Путин'] },
  { name: 'Konstantin Kosachev', aliases: ['Kosachyov', 'Косачёв'] },
  { name: 'Keith Kellogg', aliases: [] },
];

const REAL_OUTLETS = [
  { name: 'RT', aliases: ['Russia Today', 'ТВ-Новости'] },
  { name: 'Sputnik', aliases: ['Sputnik Kazakhstan'] },
  { name: 'InoSMI', aliases: ['ИноСМИ'] },
  { name: 'Espreso TV', aliases: ['Espreso', 'Еспресо'] },
  { name: 'The Moscow Times', aliases: ['Moscow Times', 'MT'] },
];

const SYLLABLES = 'ka lo mi ra se ten vo zhu an bek dor gal in kov lev mar nur ov pol rin sky tov sha ye ul bay tar gen'.split(' ');

/** A deterministic pseudo-random generator (LCG), so every run makes the same corpus. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const between = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

/** A word-level Markov chain over the captured articles. */
function markov(): { next: Map<string, string[]>; starts: string[] } {
  const dir = new URL('../content/captures/', import.meta.url).pathname;
  // Without captures (a corpus of other content) the chain runs on one sentence.
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  const text =
    files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n') ||
    'Putin and Trump may agree on spheres of influence in Europe and Central Asia, analysts in Kyiv say.';
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const next = new Map<string, string[]>();
  const starts: string[] = [];
  words.forEach((w, n) => {
    const after = words[n + 1];
    if (after === undefined) return;
    (next.get(w) ?? next.set(w, []).get(w))?.push(after);
    if (/[.!?]$/.test(w) && /^[A-Z]/.test(after)) starts.push(after);
  });
  return { next, starts };
}

/** Synthetic entries of every collection. */
export interface Corpus {
  people: Entry<Person>[];
  outlets: Entry<Outlet>[];
  events: Entry<Event>[];
  articles: Entry<Article>[];
  claims: Entry<Claim>[];
}

/** Spelling variants a transliteration could produce: doubled consonant, ye/e, final -iy. */
function variants(surname: string): string[] {
  return [surname.replace(/([aeiou])s/, '$1ss'), surname.replace(/([aeiou])e/, '$1ye'), surname.replace(/y$/, 'iy')].filter(
    (v) => v !== surname,
  );
}

/** A corpus of about `size` records in the proportions of the real content (mostly claims). */
export function generateCorpus(size: number, seed = 7): Corpus {
  const r = rng(seed);
  const chain = markov();
  const nameWord = () => cap(pick(r, SYLLABLES) + pick(r, SYLLABLES) + pick(r, SYLLABLES));
  const sentence = (min: number, max: number) => {
    const out: string[] = [];
    let w = pick(r, chain.starts);
    for (let n = between(r, min, max); out.length < n;) {
      out.push(r() < 0.07 ? nameWord() : w.replace(/[.!?]+$/, ''));
      w = pick(r, chain.next.get(w) ?? chain.starts);
    }
    return `${out.join(' ').replace(/[,;:]+$/, '')}.`;
  };
  const ref = <C extends string>(collection: C, id: string) => ({ collection, id });
  const entry = <T>(collection: string, id: string, data: T): Entry<T> => ({ id, file: `content/${collection}/${id}.md`, data, body: '' });
  const people = Math.max(PROTAGONISTS.length, Math.round(size * 0.04));
  const outlets = Math.max(REAL_OUTLETS.length, Math.round(size * 0.005));
  const events = Math.round(size * 0.04);
  const articles = Math.round(size * 0.08);
  const claims = size - people - outlets - events - articles;
  const corpus: Corpus = { people: [], outlets: [], events: [], articles: [], claims: [] };

  for (let n = 0; n < people; n++) {
    const real = PROTAGONISTS[n];
    const surname = nameWord() + pick(r, ['ov', 'ev', 'in', 'sky', 'enko', 'bayev']);
    const name = real?.name ?? `${nameWord()} ${surname}`;
    const aliases = real?.aliases ?? variants(surname).slice(0, between(r, 0, 2));
    corpus.people.push(entry('people', `person-${n}`, { name, localNames: {}, aliases, role: sentence(4, 9), designations: [] }));
  }
  for (let n = 0; n < outlets; n++) {
    const real = REAL_OUTLETS[n];
    const name = real?.name ?? `${nameWord()} ${pick(r, ['Times', 'News', 'Post', 'Daily', 'Radio', 'Herald'])}`;
    corpus.outlets.push(
      entry('outlets', `outlet-${n}`, {
        name,
        aliases: real?.aliases ?? [],
        country: nameWord(),
        ownership: sentence(8, 20),
        stateAffiliation: 'private',
        designations: [],
        notes: [],
      }),
    );
  }
  const person = () => corpus.people[r() < 0.3 ? Math.floor(r() * PROTAGONISTS.length) : Math.floor(r() * people)] as Entry<Person>;
  for (let n = 0; n < events; n++) {
    const place = r() < 0.1 ? ` in ${pick(r, ['Kyiv', 'Kiev', 'Astana', 'Moscow'])}` : '';
    const title = sentence(4, 8).replace(/\.$/, place);
    const data: Event = {
      title,
      date: `2024-${String(1 + (n % 12)).padStart(2, '0')}`,
      approximate: false,
      description: sentence(15, 30),
      sources: [{ publisher: 'Reuters', title, date: '2024', primary: false, ownRecord: false }],
      people: [ref('people', person().id)],
      articles: [],
      claims: [],
    };
    corpus.events.push(entry('events', `event-${n}`, data));
  }
  for (let n = 0; n < articles; n++) {
    const data: Article = {
      title: sentence(6, 14).replace(/\.$/, ''),
      outlet: ref('outlets', `outlet-${n % outlets}`),
      published: { date: '2024-12-03', certainty: 'stated', approximate: false },
      authors: [{ name: `${nameWord()} ${nameWord()}` }],
      language: 'en',
      seed: '000_0000000000000000.txt',
      captureSha256: '0'.repeat(64),
      summary: sentence(15, 25),
      legalNotices: [],
      notes: [],
    };
    corpus.articles.push(entry('articles', `article-${n}`, data));
  }
  const ids = new Set<string>();
  for (let n = 0; n < claims; n++) {
    const who = person();
    const surname = who.data.name.split(' ').at(-1) ?? '';
    const claim = r() < 0.5 ? `${surname} says ${sentence(8, 20).replace(/^\S/, (c) => c.toLowerCase())}` : sentence(10, 24);
    let id = claim
      .toLowerCase()
      .normalize('NFD')
      .replace(/[^a-z0-9]+/g, '-')
      .split('-')
      .filter((w) => w.length > 2)
      .slice(0, 6)
      .join('-');
    while (ids.has(id)) id = `${id}-${n.toString(36)}`;
    ids.add(id);
    const verdict = pick(r, VERDICT_IDS);
    const data: Claim = {
      claim,
      claimant: { person: ref('people', who.id), outlet: ref('outlets', `outlet-${n % outlets}`) },
      kind: verdict === 'not-rated' ? 'opinion' : 'factual',
      verdict,
      conclusion: sentence(12, 30),
      appearances: [{ article: ref('articles', `article-${n % articles}`), quote: claim }],
      claimDate: '2024-12',
      published: '2025-01-15',
      reviewed: { date: '2025-01-15', methodology: '2026-12' },
      sources: [],
      corrections: [],
      related: [],
      people: r() < 0.2 ? [ref('people', person().id)] : [],
      events: [],
    };
    corpus.claims.push(entry('claims', id, data));
  }
  return corpus;
}

/** A query and the result it should find. */
export interface QualityQuery {
  /** What the query tests: alias, typo, prefix, person+topic, claim, claim-typo, pasted, kyiv/kiev, outlet. */
  category: string;
  /** What the reader types. */
  query: string;
  /** The expected result as `kind/id`, e.g. `person/person-0`. */
  expect: string;
}

/** `word` with `edits` typos inside it: a swap of neighbours, then a wrong letter. */
export function typo(word: string, edits: number, r: () => number): string {
  let w = word;
  for (let e = 0; e < edits; e++) {
    const at = 1 + Math.floor(r() * (w.length - 2));
    w =
      e % 2 === 0
        ? w.slice(0, at) + (w[at + 1] ?? '') + (w[at] ?? '') + w.slice(at + 2)
        : w.slice(0, at) + (w[at] === 'e' ? 'a' : 'e') + w.slice(at + 1);
  }
  return w;
}

/** Queries with known answers: every spelling of each protagonist, typos, prefixes, claims by their rare words. */
export function qualityQueries(corpus: Corpus, fold: (text: string) => string[], seed = 11): QualityQuery[] {
  const r = rng(seed);
  const out: QualityQuery[] = [];
  const df = new Map<string, number>();
  const wordsOf = (e: { title: string; text: string }) => new Set(fold(`${e.title} ${e.text}`));
  const all = [
    ...corpus.claims.map((c) => ({ key: `claim/${c.id}`, title: c.data.claim, text: c.data.conclusion })),
    ...corpus.events.map((e) => ({ key: `event/${e.id}`, title: e.data.title, text: e.data.description })),
  ];
  const sets = all.map(wordsOf);
  for (const set of sets) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  /** The rarest words of `title` that together occur in no other record. */
  const rareWords = (title: string, skip: string[] = []) => {
    const words = [...new Set(title.match(/[\p{L}]{4,}/gu) ?? [])].filter((w) => !skip.includes(w));
    return words.sort((a, b) => (df.get(fold(a)[0] ?? '') ?? 0) - (df.get(fold(b)[0] ?? '') ?? 0));
  };
  const unique = (words: string[]) => sets.filter((s) => words.every((w) => s.has(fold(w)[0] ?? ''))).length === 1;
  PROTAGONISTS.forEach((p, n) => {
    const expect = `person/person-${n}`;
    const surname = p.name.split(' ').at(-1) ?? p.name;
    for (const query of new Set([p.name, surname, ...p.aliases])) out.push({ category: 'alias', query, expect });
    out.push({ category: 'prefix', query: surname.slice(0, 5), expect });
    out.push({ category: 'typo', query: typo(surname, 1, r), expect });
    if (surname.length >= 7) out.push({ category: 'typo', query: typo(surname, 2, r), expect });
    const claims = corpus.claims.filter((c) => c.data.claimant.person?.id === `person-${n}`);
    const target = claims[Math.floor(r() * claims.length)];
    if (target) {
      const spelling = [...p.aliases].reverse().find((a) => /^[A-Za-z]+$/.test(a)) ?? surname;
      const word = rareWords(target.data.claim, [surname])[0];
      if (word) out.push({ category: 'person+topic', query: `${spelling} ${word}`, expect: `claim/${target.id}` });
    }
  });
  out.push(
    { category: 'alias', query: 'Zelenskiy', expect: 'person/person-4' },
    { category: 'alias', query: 'Malofeev', expect: 'person/person-1' },
  );
  for (let n = 0; n < 40; n++) {
    const target = pick(r, corpus.claims);
    const words = rareWords(target.data.claim);
    let take = 2;
    while (take < words.length && !unique(words.slice(0, take))) take++;
    const chosen = words.slice(0, take);
    if (n % 3 === 2) {
      const long = chosen.findIndex((w) => w.length >= 6);
      if (long < 0) continue;
      chosen[long] = typo(chosen[long] ?? '', 1, r);
    }
    out.push({ category: n % 3 === 2 ? 'claim-typo' : 'claim', query: chosen.join(' '), expect: `claim/${target.id}` });
  }
  // A journalist pastes a claim as worded elsewhere.
  for (let n = 0; n < 10; n++) {
    const target = pick(r, corpus.claims);
    out.push({ category: 'pasted', query: target.data.claim, expect: `claim/${target.id}` });
  }
  for (const e of corpus.events.filter((ev) => /Kyiv|Kiev/.test(ev.data.title)).slice(0, 8)) {
    const other = e.data.title.includes('Kyiv') ? 'Kiev' : 'Kyiv';
    const word = rareWords(e.data.title, ['Kyiv', 'Kiev'])[0] ?? '';
    out.push({ category: 'kyiv/kiev', query: `${word} ${other}`, expect: `event/${e.id}` });
  }
  out.push(
    { category: 'outlet', query: 'Russia Today', expect: 'outlet/outlet-0' },
    { category: 'outlet', query: 'Moscow Times', expect: 'outlet/outlet-4' },
  );
  return out;
}
