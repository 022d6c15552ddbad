/**
 * The names of every frontmatter field, read off the schemas themselves, so
 * a check that no page shows one (e2e/editor-notes.ts, on every page) cannot fall
 * behind a new field. Walks Zod's own definitions: objects, arrays, unions,
 * optionals, defaults, refinements and transforms.
 */
import type { z } from 'astro/zod';
import { SCHEMAS } from './loader.ts';

/** The parts of a Zod definition this walk reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })._zod?.def;

function collect(schema: unknown, into: Set<string>): void {
  const def = defOf(schema);
  if (!def) return;
  for (const [name, field] of Object.entries(def.shape ?? {})) {
    into.add(name);
    collect(field, into);
  }
  for (const inner of [def.element, def.innerType, def.in, def.out, ...(def.options ?? [])]) if (inner) collect(inner, into);
}

/** Every field name of every collection's frontmatter, nested ones included. */
export function schemaFieldNames(): Set<string> {
  const names = new Set<string>();
  for (const schema of Object.values(SCHEMAS)) collect(schema, names);
  return names;
}
