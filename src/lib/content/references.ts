/**
 * References between files: an id must name a file of its collection. A
 * misspelled id is told with the closest ids by spelling ("did you mean
 * vladimir-putin?"); only when nothing is close does the fix offer to create
 * the file.
 */
import type { CollectionName } from '../../schemas/common.ts';
import type { Ref } from '../model/entry.ts';
import type { Problem } from './problems.ts';
import { closeMatches, orList, rankBySpelling } from './suggest.ts';

/** Checks one reference of a file; reports a problem when it names no known file. */
export type RefCheck = (file: string, field: string, ref: Ref | undefined) => void;

/** Each collection's known ids: the files that exist, whether or not they pass their schema. */
export type KnownIds = Record<CollectionName, ReadonlySet<string>>;

/** How `npm run new` creates a file of each collection. */
const CREATE: Record<CollectionName, (id: string) => string> = {
  articles: (id) => `npm run new -- article <outlet> ${id}`,
  claims: (id) => `npm run new -- claim <article> ${id}`,
  events: (id) => `npm run new -- event ${id}`,
  outlets: (id) => `npm run new -- outlet ${id}`,
  people: (id) => `npm run new -- person ${id}`,
};

/** A reference checker that pushes onto `problems`. */
export function referenceChecker(known: KnownIds, problems: Problem[]): RefCheck {
  return (file, field, ref) => {
    const problem = unknownRef(known, file, field, ref);
    if (problem) problems.push(problem);
  };
}

/** The problem for a reference to an id no file has, or undefined when the file exists. */
export function unknownRef(known: KnownIds, file: string, field: string, ref: Ref | undefined): Problem | undefined {
  const collection = ref?.collection as CollectionName | undefined;
  if (!ref || !collection || known[collection]?.has(ref.id)) return undefined;
  const ids = known[collection] ?? new Set<string>();
  const close = closeMatches(ref.id, ids);
  const key = field.replace(/\[\d+\]$/, '').split('.').at(-1) ?? field;
  const base = { file, field, value: ref.id, message: `unknown ${collection} id "${ref.id}": there is no content/${collection}/${ref.id}.md` };
  if (close.length > 0) {
    const write = field.endsWith(']') ? `replace ${ref.id} with ${close[0]} in ${key}` : `write ${key}: ${close[0]}`;
    return { ...base, fix: `did you mean ${orList(close)}? ${write}` };
  }
  const nearest = rankBySpelling(ref.id, ids)
    .slice(0, 3)
    .map((c) => c.name);
  return {
    ...base,
    fix: `use the file name (without .md) of a file in content/${collection}/${nearest.length > 0 ? ` (the nearest by spelling: ${nearest.join(', ')})` : ''}; or, if it is new, create content/${collection}/${ref.id}.md (${CREATE[collection](ref.id)})`,
  };
}

/** For an id no file has, the known id it most likely means (a close spelling), if any. */
export function likelyMeant(known: KnownIds, collection: CollectionName, id: string): string | undefined {
  return known[collection].has(id) ? id : closeMatches(id, known[collection], 1)[0];
}
