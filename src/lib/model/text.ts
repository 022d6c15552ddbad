/** Small text helpers shared by search snippets and Open Graph cards. */

/** `text` with whitespace flattened, cut at a word boundary to at most `max` characters (ellipsis included) when longer. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  // Look one character further: a space there means the last word fits whole.
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut.slice(0, max - 1)).replace(/[\s,;:.–—-]+$/, '')}…`;
}
