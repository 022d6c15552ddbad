/**
 * The `TODO` placeholders `npm run new` leaves in a file, with the field each
 * stands in and its own instruction: `npm run check:content` lists them.
 */
import { parse as parseYaml } from 'yaml';
import { splitFrontmatter } from '../src/lib/content/loader.ts';

/** A placeholder the maintainer has not replaced yet: where it is and what belongs there. */
export interface Todo {
  /** The field path (`sources[0].url`), or `(body) line N`. */
  field: string;
  /** The placeholder's own instruction, without `TODO: `. */
  hint: string;
}

/** Every `TODO` placeholder in a content file: frontmatter values that start with it, body lines that start with it. */
export function findTodos(source: string): Todo[] {
  if (!source.includes('TODO')) return [];
  const parts = splitFrontmatter(source);
  if (!parts) return [];
  const todos: Todo[] = [];
  let data: unknown;
  try {
    data = parseYaml(parts.yaml);
  } catch {
    data = undefined;
  }
  walk(data, '', todos);
  const offset = source.slice(0, source.length - parts.body.length).split('\n').length;
  parts.body.split('\n').forEach((line, i) => {
    if (line.trimStart().startsWith('TODO')) todos.push({ field: `(body) line ${offset + i}`, hint: hintOf(line.trim()) });
  });
  return todos;
}

function walk(value: unknown, path: string, todos: Todo[]): void {
  if (typeof value === 'string' && value.startsWith('TODO')) todos.push({ field: path, hint: hintOf(value) });
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, todos));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, path === '' ? k : `${path}.${k}`, todos);
  }
}

function hintOf(text: string): string {
  return text.replace(/^TODO:?\s*/, '') || 'fill this in';
}
