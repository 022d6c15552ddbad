/**
 * Documents into search records: each entry's URL, and the names of the
 * entries it references (a claim's claimant, its people, an article's outlet)
 * resolved into names it can be found by, so a person's every alias finds all
 * of their claims.
 */
import { KIND_COLLECTION, searchUrl } from '../kinds.ts';
import type { SearchRecord } from '../wire.ts';
import type { SearchDocument } from './document.ts';
import type { Locale } from '../../lib/urls.ts';

/** Records for `docs`, in the same order; references to unknown entries, or to the entry itself, are dropped. */
export function searchRecords(docs: readonly SearchDocument[], locale?: Locale): SearchRecord[] {
  const position = new Map(docs.map((d, n) => [`${KIND_COLLECTION[d.kind]}/${d.id}`, n]));
  return docs.map((doc, n) => {
    const refs = doc.refs.map((ref) => position.get(ref)).filter((r): r is number => r !== undefined && r !== n);
    const names = refs.flatMap((r) => (docs[r] ? [docs[r].title, ...docs[r].aliases] : []));
    const record: SearchRecord = {
      kind: doc.kind,
      id: doc.id,
      url: searchUrl(doc.kind, doc.id, locale),
      title: doc.title,
      text: doc.text,
      aliases: doc.aliases,
      names: [...new Set(names)],
    };
    if (doc.verdict !== undefined) record.verdict = doc.verdict;
    return record;
  });
}
