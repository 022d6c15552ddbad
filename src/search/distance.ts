/**
 * How far apart two words are: the edit distances behind typo tolerance, and
 * a letter-set mask that rules most words out before any distance is computed.
 */

/** A bit per letter (a–z), other characters sharing five bits. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let n = 0; n < word.length; n++) {
    const c = word.charCodeAt(n) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26 + (((c % 5) + 5) % 5));
  }
  return mask;
}

/** The number of bits set in `x`. */
export function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/**
 * Optimal-string-alignment distance between `a` and `b` (insertions,
 * deletions, substitutions, adjacent transpositions), or `max + 1` as soon as
 * it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  return alignment(a, b, max, false);
}

/** The smallest `editDistance` between `a` and any prefix of `b`: how far a half-typed word is from `b`. */
export function prefixDistance(a: string, b: string, max: number): number {
  return alignment(a, b, max, true);
}

function alignment(a: string, b: string, max: number, prefix: boolean): number {
  if (a.length >= 63 || b.length >= 63) return a === b ? 0 : max + 1;
  let [before, prev, cur] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  const last = prefix ? Math.min(...prev.subarray(0, b.length + 1)) : (prev[b.length] ?? max + 1);
  return Math.min(last, max + 1);
}
