/**
 * "Did you mean" for error messages: the closest known label to a value that matched nothing.
 * Only used on the error path, so a plain edit distance over the vocabulary is cheap enough.
 */

/**
 * Edit distance counting insertions, deletions, substitutions and transpositions of adjacent characters
 * (optimal string alignment: `bleu` → `blue` is 1), with an early exit returning `max + 1` once every cell
 * of a row exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      }
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The candidate label whose key is closest to `key`, if it is close enough to be a plausible typo:
 * at most 1 edit for keys up to 5 characters, 2 up to 10, 3 beyond. Ties go to the first candidate.
 */
export function closest(key: string, candidates: Iterable<readonly [key: string, label: string]>): string | undefined {
  if (key.length < 3) return undefined;
  const max = key.length <= 5 ? 1 : key.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const [candidateKey, label] of candidates) {
    const d = editDistance(key, candidateKey, bestDistance - 1);
    if (d < bestDistance) {
      best = label;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return best;
}

/** ` Did you mean "X"?` or the empty string, to append to an error sentence. */
export function didYouMean(key: string, candidates: Iterable<readonly [key: string, label: string]>): string {
  const suggestion = closest(key, candidates);
  return suggestion === undefined ? '' : ` Did you mean ${JSON.stringify(suggestion)}?`;
}
