/**
 * `npm run bench:corpus -- --claims N [--out DIR]`: writes a synthetic content
 * directory shaped like the real one (outlets, people with aliases, articles
 * with several paragraphs, claims whose quotes really occur in their articles,
 * events linking them), valid against the real schemas. Point a build at it
 * with CONTENT_DIR=DIR.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const VERDICTS = ['accurate', 'mostly-accurate', 'missing-context', 'misleading', 'false', 'unsupported', 'not-rated'];
const SYL = ['ka', 'lo', 'mi', 'ra', 'sev', 'ten', 'vo', 'zhu', 'an', 'bek', 'dor', 'gal', 'in', 'kov', 'lev', 'mar', 'nur', 'ov', 'pol', 'rin', 'sky', 'tov'];
const WORDS = 'minister summit border sanctions talks ceasefire pipeline treaty alliance election security grain missile envoy ministry parliament pact frontier pressure'.split(' ');

/** A deterministic pseudo-random generator, so two runs make the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Corpus sizes derived from the claim count, in the proportions of the real content. */
export function corpusShape(claims: number) {
  return {
    claims,
    articles: Math.max(5, Math.ceil(claims / 8)),
    people: Math.max(25, Math.ceil(claims / 20)),
    outlets: Math.max(12, Math.ceil(claims / 500)),
    events: Math.max(20, Math.ceil(claims / 20)),
  };
}

const yaml = (v: string) => `'${v.replace(/'/g, "''")}'`;
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;
const pad = (n: number) => String(n).padStart(2, '0');

/** Writes the corpus; returns the shape written. */
export function writeCorpus(out: string, claimCount: number, seed = 42) {
  const r = rng(seed);
  const shape = corpusShape(claimCount);
  rmSync(out, { recursive: true, force: true });
  for (const dir of ['outlets', 'people', 'articles', 'claims', 'events', 'captures']) mkdirSync(join(out, dir), { recursive: true });
  const name = () => pick(r, SYL) + pick(r, SYL) + pick(r, SYL);
  const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
  for (let i = 0; i < shape.outlets; i++) {
    writeFileSync(join(out, 'outlets', `outlet-${i}.md`), `---\nname: ${cap(name())} News ${i}\ncountry: Country ${i % 7}\nownership: Synthetic owner ${i}.\nstateAffiliation: ${i % 3 === 0 ? 'state-owned\naffiliatedState: State ' + (i % 5) : 'independent'}\n---\nSynthetic outlet.\n`);
  }
  for (let i = 0; i < shape.people; i++) {
    const first = cap(name());
    const last = cap(name());
    writeFileSync(join(out, 'people', `person-${i}.md`), `---\nname: ${first} ${last}\naliases: [${yaml(first + ' ' + last.replace(/ov$/, 'off'))}, ${yaml(last + 'y')}]\nrole: Synthetic official ${i}\n---\n`);
  }
  const claimsPerArticle = Math.ceil(shape.claims / shape.articles);
  const sentences: string[][] = [];
  for (let a = 0; a < shape.articles; a++) {
    const list = Array.from({ length: claimsPerArticle + 4 }, (_, s) => `${cap(name())} said the ${pick(r, WORDS)} on the ${pick(r, WORDS)} was number ${a}-${s} in the ${pick(r, WORDS)} talks.`);
    sentences.push(list);
    const month = 1 + (a % 12);
    const body = list.map((s, i) => (i % 3 === 2 ? `${s}\n` : s)).join(' ').replace(/\n /g, '\n\n');
    const title = 'Synthetic article ' + a + ' about the ' + pick(r, WORDS);
    // The capture the article is made from: its headline, its sentences, the appeal (the capture rule checks each line).
    const capture = [title, ...list, 'Please support us.', ''].join('\n');
    const seed = `${String(a % 1000).padStart(3, '0')}_${createHash('sha256').update(capture).digest('hex').slice(0, 16)}.txt`;
    writeFileSync(join(out, 'captures', seed), capture);
    writeFileSync(
      join(out, 'articles', `article-${a}.md`),
      `---\ntitle: ${yaml(title)}\noutlet: outlet-${a % shape.outlets}\nurlNote: Synthetic.\npublished:\n  date: 2024-${pad(month)}-${pad(1 + (a % 28))}\n  certainty: stated\nlanguage: en\nseed: ${seed}\ncaptureSha256: ${createHash('sha256').update(capture).digest('hex')}\nsummary: Synthetic article.\n---\n${body}\n\n:::not-article{kind="donation-appeal"}\nPlease support us.\n:::\n`,
    );
  }
  for (let c = 0; c < shape.claims; c++) {
    const a = c % shape.articles;
    const quote = (sentences[a] as string[])[Math.floor(c / shape.articles)] as string;
    const verdict = VERDICTS[c % VERDICTS.length] as string;
    const kind = verdict === 'not-rated' ? 'opinion' : 'factual';
    const month = 1 + (a % 12);
    const sources = [0, 1]
      .map((k) => `  - publisher: Publisher ${k}\n    title: Source ${c}-${k}\n    date: 2024-${pad(month)}\n    url: https://example.org/${c}/${k}\n    archiveUrl: https://web.archive.org/web/https://example.org/${c}/${k}\n`)
      .join('');
    const related = c > 0 && c % 5 === 0 ? `related: [claim-${c - 1}]\n` : '';
    writeFileSync(
      join(out, 'claims', `claim-${c}.md`),
      `---\nclaim: ${yaml(`Synthetic claim ${c}: ${quote}`)}\nclaimant:\n  person: person-${c % shape.people}\n  outlet: outlet-${a % shape.outlets}\nkind: ${kind}\nverdict: ${verdict}\nconclusion: Synthetic conclusion ${c}.\nappearances:\n  - article: article-${a}\n    quote: ${yaml(quote)}\nclaimDate: 2024-${pad(month)}\npublished: 2026-11-22\nreviewed:\n  date: 2026-12-01\n  methodology: 2026-12\nsources:\n${sources}${verdict === 'unsupported' ? 'evidenceGap: Synthetic gap.\n' : ''}people: [person-${(c + 1) % shape.people}]\n${related}---\n## What was said\n\n${quote}\n\n## What the evidence shows\n\nSynthetic analysis of claim ${c}, with **emphasis** and a [link](https://example.org/${c}).\n`,
    );
  }
  for (let e = 0; e < shape.events; e++) {
    const claims = [e, e + shape.events].filter((c) => c < shape.claims).map((c) => `claim-${c}`);
    writeFileSync(
      join(out, 'events', `event-${e}.md`),
      `---\ntitle: Synthetic event ${e}\ndate: 2024-${pad(1 + (e % 12))}${e % 4 === 0 ? '' : '-' + pad(1 + (e % 28))}\ndescription: Synthetic event.\nsources:\n  - publisher: Publisher\n    title: Event ${e}\n    date: 2024\npeople: [person-${e % shape.people}]\narticles: [article-${e % shape.articles}]\nclaims: [${claims.join(', ')}]\n---\n`,
    );
  }
  return shape;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { claims: { type: 'string', default: '1000' }, out: { type: 'string', default: '.bench/corpus' } } });
  const shape = writeCorpus(values.out, Number(values.claims));
  console.log(`Wrote ${values.out}: ${Object.entries(shape).map(([k, v]) => `${v} ${k}`).join(', ')}`);
}
