/**
 * Small, fast, seeded pseudo-random numbers for the synthetic catalogue generator.
 *
 * Never `Math.random`: every draw comes from a {@link Random} whose state is derived from the caller's seed,
 * so the same seed always yields the same catalogue, byte for byte, on every platform (only 32-bit integer
 * arithmetic and exact double divisions are used).
 */

const TWO_POW_32 = 4294967296;

/** murmur3's 32-bit finalizer: a cheap, well-mixing bijection on 32-bit integers. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines 32-bit values into one well-mixed 32-bit hash (order matters). */
export function hash32(...parts: number[]): number {
  let h = 0x2545f491;
  for (const p of parts) h = mix32((h ^ mix32((p >>> 0) + 0x9e3779b9)) + 0x7f4a7c15);
  return h;
}

/** FNV-1a over the UTF-16 code units of a string, finalized with {@link mix32}. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Folds any safe integer (negative or above 2^32 included) into a 32-bit seed. */
export function seed32(seed: number): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${String(seed)}`);
  const lo = seed >>> 0;
  const hi = Math.floor(seed / TWO_POW_32) >>> 0;
  return hash32(lo, hi);
}

/** A weighted choice table built once and sampled many times (binary search over cumulative weights). */
export class WeightedTable<T> {
  readonly items: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, w]) => w > 0 && Number.isFinite(w));
    if (kept.length === 0) throw new RangeError('a weighted table needs at least one positive weight');
    this.items = kept.map(([item]) => item);
    this.cumulative = new Float64Array(kept.length);
    let sum = 0;
    kept.forEach(([, w], i) => {
      sum += w;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  get size(): number {
    return this.items.length;
  }

  /** Index of the drawn entry. */
  sampleIndex(r: Random): number {
    const x = r.next() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  sample(r: Random): T {
    return this.items[this.sampleIndex(r)];
  }
}

/**
 * mulberry32: one 32-bit word of state, period 2^32, passes the usual statistical batteries well enough for
 * test data, and is very fast in V8. Each generated record gets its own stream ({@link Random.forRecord}), so a
 * record depends only on (seed, index): a slice `startIndex..startIndex+count` reproduces the same records as
 * the corresponding part of a full run.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The stream for record `index` of the run seeded with `seed` (any safe integers). */
  static forRecord(seed: number, index: number, salt = 0): Random {
    const s = seed32(seed);
    const lo = index >>> 0;
    const hi = Math.floor(index / TWO_POW_32) >>> 0;
    return new Random(hash32(s, lo, hi, salt));
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / TWO_POW_32;
  }

  /** Uniform integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Integer in [min, max] skewed towards `min` (power > 1) or towards `max` (power < 1). */
  skewedInt(min: number, max: number, power: number): number {
    return min + Math.floor(Math.pow(this.next(), power) * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** Up to `k` distinct items, in draw order (partial Fisher–Yates on a copy). */
  sample<T>(items: readonly T[], k: number): T[] {
    const n = items.length;
    if (k >= n) return this.shuffle(items.slice());
    const copy = items.slice();
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.next() * (n - i));
      const tmp = copy[i];
      copy[i] = copy[j];
      copy[j] = tmp;
    }
    copy.length = k;
    return copy;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i];
      items[i] = items[j];
      items[j] = tmp;
    }
    return items;
  }
}
