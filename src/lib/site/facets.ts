/**
 * What an entry can be filtered and labelled by: a claim's outlets, people,
 * verdict; an article's outlets.
 */
import type { Article } from '../../schemas/article.ts';
import type { Claim } from '../../schemas/claim.ts';
import type { Entry } from '../model/entry.ts';
import type { SiteIndex } from './site-index.ts';

/** Filter values for one claim. */
export interface ClaimFacets {
  /** The verdict id. */
  verdict: string;
  /** Outlet ids: the claimant outlet and the outlets of the articles it appears in. */
  outlets: string[];
  /** Person ids: the claimant and the people it is about. */
  people: string[];
}

/** Computes a claim's facets. */
export function claimFacets(c: Entry<Claim>, site: Pick<SiteIndex, 'article'>): ClaimFacets {
  const outlets = new Set<string>();
  if (c.data.claimant.outlet) outlets.add(c.data.claimant.outlet.id);
  for (const a of c.data.appearances) {
    const article = site.article.get(a.article.id);
    if (article) outlets.add(article.data.outlet.id);
  }
  const people = new Set<string>(c.data.people.map((p) => p.id));
  if (c.data.claimant.person) people.add(c.data.claimant.person.id);
  return { verdict: c.data.verdict, outlets: [...outlets], people: [...people] };
}

/** The outlet that published an article and, for a translation, the original's outlet and the translator. */
export function articleOutlets(a: Entry<Article>): string[] {
  const t = a.data.translation;
  return [...new Set([a.data.outlet.id, ...(t ? [t.originalOutlet.id, t.translator.id] : [])])];
}
