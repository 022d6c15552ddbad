/**
 * Schema failures rewritten for people: "conclusion is missing" rather than
 * "expected string, received undefined", the value the file gives, and a fix.
 * A misspelled field is one problem ("verdit": did you mean "verdict"?), not
 * an unknown field plus a missing one.
 */
import type { z } from 'astro/zod';
import { fieldPath, type Problem } from './problems.ts';
import { closeMatches, orList } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Where the problem is and what the collection's files are called, for the messages. */
export interface SchemaContext {
  /** The file, relative to the project root. */
  file: string;
  /** The collection's singular noun and its `npm run new` kind: `claim`, `person`. */
  kind: string;
  /** The schema module that documents each field: `src/schemas/claim.ts`. */
  schemaFile: string;
  /** The command that writes such a file with every field commented, if there is one: `npm run new -- claim`. */
  scaffold?: string | undefined;
}

/** One problem per mistake for a file whose frontmatter fails its schema. */
export function schemaProblems(issues: readonly Issue[], raw: unknown, schema: z.ZodType, ctx: SchemaContext): Problem[] {
  const problems: Problem[] = [];
  const covered = new Set<string>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) problems.push(unknownField(issue.path, key, raw, schema, ctx, covered));
  }
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys' || covered.has(fieldPath(issue.path))) continue;
    problems.push({ file: ctx.file, field: fieldPath(issue.path), value: shown(valueAt(raw, issue.path)), ...explain(issue, raw, ctx) });
  }
  return problems;
}

/** An unknown field; when it is a misspelling of a field the file lacks, the complaint about that field is folded in. */
function unknownField(path: Path, key: string, raw: unknown, schema: z.ZodType, ctx: SchemaContext, covered: Set<string>): Problem {
  const allowed = keysAt(schema, path);
  const given = valueAt(raw, [...path, key]);
  const meant = closeMatches(key, allowed.filter((k) => valueAt(raw, [...path, k]) === undefined), 1)[0];
  const field = fieldPath([...path, key]);
  if (meant !== undefined) {
    covered.add(fieldPath([...path, meant]));
    return {
      file: ctx.file,
      field,
      message: `unknown field "${key}": did you mean "${meant}"?`,
      value: key,
      fix: `rename "${key}" to "${meant}": ${meant}: ${asYaml(given)}`,
    };
  }
  return {
    file: ctx.file,
    field,
    message: `unknown field "${key}" (${ctx.kind} files have no such field)`,
    value: key,
    fix: `remove the line, or use one of the fields ${ctx.schemaFile} documents: ${allowed.join(', ')}`,
  };
}

/** Zod's own wording, which people should not have to read. */
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized|Expected)/;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a block of indented fields',
  date: 'a date',
};

const TYPE_FIXES: Record<string, string> = {
  string: 'write text after the colon, in double quotes if it contains ": " or starts with a symbol',
  number: 'write a number without quotes',
  boolean: 'write true or false',
  array: 'write a list: one "- item" line per entry below the field, or [a, b] on one line ([] for none)',
  object: 'write the fields on their own lines below it, indented two more spaces',
};

/** The message and the fix for one issue. */
function explain(issue: Issue, raw: unknown, ctx: SchemaContext): { message: string; fix: string } {
  const key = String(issue.path.at(-1) ?? '');
  const custom = !DEFAULT_MESSAGE.test(issue.message);
  const input = valueAt(raw, issue.path);
  if (input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value')) {
    return {
      message: `missing: every ${ctx.kind} needs \`${key}\``,
      fix: `add ${key}: … ${issue.path.length > 1 ? `under ${fieldPath(issue.path.slice(0, -1))} ` : ''}(${ctx.schemaFile} says what it holds${ctx.scaffold ? `; ${ctx.scaffold} writes every field with a comment` : ''})`,
    };
  }
  if (input === null) return { message: 'has no value', fix: `write the value after "${key}:", or delete the line if the field is optional` };
  if (issue.code === 'invalid_type') {
    return {
      message: `should be ${TYPE_NAMES[issue.expected] ?? issue.expected}, but is ${describe(input)}`,
      fix: TYPE_FIXES[issue.expected] ?? `see ${key} in ${ctx.schemaFile}`,
    };
  }
  if (issue.code === 'invalid_value') {
    const options = issue.values.map(String);
    const meant = typeof input === 'string' ? closeMatches(input, options, 2) : [];
    return {
      message: custom ? issue.message : `use one of: ${options.join(', ')}`,
      fix: meant.length > 0 ? `did you mean ${orList(meant)}? write ${key}: ${meant[0]}` : `write one of the values listed, e.g. ${key}: ${options[0]}`,
    };
  }
  if ((issue.code === 'too_small' || issue.code === 'too_big') && !custom) {
    const few = issue.code === 'too_small';
    const items = issue.origin === 'array' ? 'items' : 'characters';
    const limit = few ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum;
    return {
      message: Array.isArray(input) || input !== '' ? `needs ${few ? 'at least' : 'at most'} ${limit} ${items}` : 'is empty',
      fix: few ? `write ${key} in full (${ctx.schemaFile} says what it holds)` : `shorten ${key}`,
    };
  }
  return { message: custom ? issue.message : `"${String(input)}" is not in the form ${key} takes`, fix: refineFix(key, ctx) };
}

/** Fixes for the schemas' own rules (refinements), by the field they point at. */
function refineFix(key: string, ctx: SchemaContext): string {
  const fixes: Record<string, string> = {
    evidenceGap: 'add evidenceGap: what evidence is missing and what would settle it (e.g. "No record of the call has been published; a transcript or either side\'s readout would settle it."), or choose another verdict',
    verdict: 'factual claims take a verdict from the scale (accurate … unsupported); for kind: opinion or prediction write verdict: not-rated',
    reasoning: 'add reasoning: what in the capture or the record dates it; or, if the capture prints the date, write certainty: stated',
    via: 'add via: the origin this source relays (e.g. via: AFP), or delete relation',
    claimant: 'under claimant, add person: <a file name from content/people/> and/or outlet: <a file name from content/outlets/>',
  };
  return fixes[key] ?? `correct ${key} as the message says (${ctx.schemaFile} documents the field)`;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return `a list (${value.length} item${value.length === 1 ? '' : 's'})`;
  if (value instanceof Date) return `a date (${value.toISOString().slice(0, 10)})`;
  if (typeof value === 'object' && value !== null) return 'a block of fields';
  if (typeof value === 'string') return `the text ${shown(value)}`;
  return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
}

/** A value as the maintainer wrote it, short enough for one line. */
export function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return JSON.stringify(value.length > 100 ? `${value.slice(0, 97)}…` : value);
  if (Array.isArray(value)) return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
  if (typeof value === 'object' && value !== null) return '{…}';
  return String(value);
}

/** A value as it could be written back in YAML: bare when that is safe, quoted otherwise. */
function asYaml(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return /^[\p{L}\p{N}][\p{L}\p{N} .,’()-]*$/u.test(value) && !/: /.test(value) ? value : JSON.stringify(value);
  if (value === null || typeof value !== 'object') return String(value);
  return '…';
}

/** The raw value at a path of the parsed YAML. */
export function valueAt(raw: unknown, path: Path): unknown {
  let at: unknown = raw;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** The minimal view of Zod's schema definitions needed to walk to an object's fields. */
interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  in?: { _zod: { def: Def } };
  out?: { _zod: { def: Def } };
}

/** The field names of the object schema at `path` (through lists, optionals, defaults and pipes). */
export function keysAt(schema: z.ZodType, path: Path): string[] {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = (d: Def): Def => {
    const inner = d.innerType ?? (d.type === 'pipe' ? (d.out?._zod.def.type === 'transform' ? d.in : d.out) : undefined);
    return inner ? unwrap(inner._zod.def) : d;
  };
  for (const key of path) {
    def = unwrap(def);
    const next = typeof key === 'number' ? def.element : def.shape?.[String(key)];
    if (!next) return [];
    def = next._zod.def;
  }
  return Object.keys(unwrap(def).shape ?? {});
}
