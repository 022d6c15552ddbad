/**
 * The version of an English claim or event that a translation renders: a
 * short hash of exactly the text a translation carries (claim, conclusion,
 * verdict, evidence gap and analysis; or title, description and body). Any
 * edit to that English text changes the hash, so a translation made before it
 * is known to be stale. Punctuation-only edits count too: a translator should
 * look at every change.
 */
import { createHash } from 'node:crypto';
import type { Claim } from '../../schemas/claim.ts';
import type { Event } from '../../schemas/event.ts';
import type { Entry } from '../model/entry.ts';

const hash = (parts: readonly (string | undefined)[]) =>
  createHash('sha256')
    .update(JSON.stringify(parts.map((p) => (p ?? '').trim())))
    .digest('hex')
    .slice(0, 12);

/** The version hash of an English claim's translatable text. */
export function claimSourceHash(claim: Entry<Claim>): string {
  const d = claim.data;
  return hash([d.claim, d.conclusion, d.verdict, d.evidenceGap, ...d.appearances.map((a) => a.quote), claim.body]);
}

/** The version hash of an English event's translatable text. */
export function eventSourceHash(event: Entry<Event>): string {
  return hash([event.data.title, event.data.description, event.body]);
}
