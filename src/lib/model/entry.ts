/**
 * The shape every layer passes around: one content entry, and a snapshot of
 * all of them. Astro's collections and the stand-alone loader both produce it.
 */
import type { CollectionData } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/common.ts';

/** One entry as both Astro and the stand-alone loader give it. */
export interface Entry<T> {
  /** The id: the file name without `.md`. */
  id: string;
  /** Path of the file, relative to the project root. */
  file: string;
  /** The validated frontmatter. */
  data: T;
  /** The Markdown body. */
  body: string;
}

/** Every entry of every collection. */
export type Snapshot = { [K in CollectionName]: Entry<CollectionData[K]>[] };

/** A reference as `reference()` makes it. */
export interface Ref {
  /** The collection referred to. */
  collection: string;
  /** The entry's id. */
  id: string;
}
