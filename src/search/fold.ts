/**
 * Folding words so that spellings of the same name compare equal: case,
 * diacritics, Cyrillic script and the usual transliteration variants of this
 * material (Mussayev/Musayev, Malofeyev/Malofeev, Gabuyev/Gabuev,
 * Tokayev/Tokaev, Zelenskyy/Zelensky/Zelenskiy, Kiev/Kyiv).
 *
 * The same fold runs over the index and over the query, so a rule only has to
 * be consistent, not linguistically right: "yes" folding to "es" is harmless,
 * because the query "yes" folds the same way.
 */

/** Russian, Ukrainian and Kazakh letters in a common (BGN-like) romanisation. */
// prettier-ignore
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h',
};

/** A word: letters and digits; everything else separates words. */
const WORD = /[\p{L}\p{N}]+/gu;
const HAS_CYRILLIC = /[\u0400-\u04ff]/;
const MARKS = /\p{M}/gu;

/**
 * Ordered rewrites applied to a lower-cased, romanised word. Each undoes one
 * way transliterations of the same name differ.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/^kiev/, 'kyiv'], // the Russian-derived spelling of Kyiv
  [/x/g, 'ks'], // Alexander / Aleksandr
  [/kh/g, 'h'], // Khodorkovsky / Hodorkovsky
  [/(^|[aeiouy])ye/g, '$1e'], // Malofeyev / Malofeev, Tokayev / Tokaev, Yevgeny / Evgeny
  [/(.)\1+/g, '$1'], // Mussayev / Musayev, Zelenskyy / Zelensky
];

/** Word endings that vary at the end of a name: Zelenskiy / Zelenskyi / Zelenski / Zelensky, Dmitri / Dmitry. */
const FINAL_I = /(?:iy|yi|i)$/;

/** Folded forms already computed: a corpus repeats its words, and folding is the costly part of indexing. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/** The folded form of one word; the empty string for a word that folds to nothing (a lone soft sign). */
export function foldWord(word: string): string {
  let folded = cache.get(word);
  if (folded === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    folded = fold(word);
    cache.set(word, folded);
  }
  return folded;
}

function fold(word: string): string {
  let w = word.toLowerCase();
  if (HAS_CYRILLIC.test(w)) w = Array.from(w, (c) => CYRILLIC[c] ?? c).join('');
  w = w.normalize('NFD').replace(MARKS, '');
  for (const [pattern, replacement] of RULES) w = w.replace(pattern, replacement);
  return w.length > 3 ? w.replace(FINAL_I, 'y') : w;
}

/** One word of a text: where it is and what it folds to. */
export interface WordSpan {
  /** Offset of the word's first character. */
  start: number;
  /** Offset just past its last character. */
  end: number;
  /** `foldWord` of the word. */
  folded: string;
}

/** The words of `text` with their positions, so matches can be marked in the original. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (folded) spans.push({ start: m.index, end: m.index + m[0].length, folded });
  }
  return spans;
}

/** The folded words of `text`, in order. */
export function foldWords(text: string): string[] {
  const words: string[] = [];
  for (const word of text.match(WORD) ?? []) {
    const folded = foldWord(word);
    if (folded) words.push(folded);
  }
  return words;
}

/** `text` folded word by word and re-joined with single spaces: what Fuse.js compares. */
export function foldText(text: string): string {
  return foldWords(text).join(' ');
}
