import DataLoader from 'dataloader';

/**
 * A DataLoader that also answers at once for a key primed with its value (links read ahead with the records that
 * hold them): `valueOrLoad` returns the value itself, not a promise of it, so a field resolved from a primed value
 * costs graphql-js no promise to wait for — fifty cases with five links each would otherwise be 250 promises, and
 * each object holding one is waited for as a whole.
 */
export class PrimedLoader<K, V, C = K> extends DataLoader<K, V, C> {
  private readonly primed = new Map<C, V>();
  /** Keys loaded (or being loaded) before any priming: DataLoader keeps their first value, so must this. */
  private readonly loaded = new Set<C>();

  constructor(
    batch: DataLoader.BatchLoadFn<K, V>,
    private readonly cacheKey: (key: K) => C = (key) => key as unknown as C,
  ) {
    super(batch, { cacheKeyFn: cacheKey });
  }

  override load(key: K): Promise<V> {
    this.loaded.add(this.cacheKey(key));
    return super.load(key);
  }

  override prime(key: K, value: V | PromiseLike<V> | Error): this {
    const cacheKey = this.cacheKey(key);
    // As DataLoader's own prime: the first value of a key stays.
    if (!(value instanceof Error) && !isPromiseLike(value) && !this.primed.has(cacheKey) && !this.loaded.has(cacheKey)) {
      this.primed.set(cacheKey, value);
    }
    return super.prime(key, value);
  }

  override clear(key: K): this {
    this.primed.delete(this.cacheKey(key));
    this.loaded.delete(this.cacheKey(key));
    return super.clear(key);
  }

  override clearAll(): this {
    this.primed.clear();
    this.loaded.clear();
    return super.clearAll();
  }

  /** The primed value of `key`, or the promise of loading it. */
  valueOrLoad(key: K): V | Promise<V> {
    const cacheKey = this.cacheKey(key);
    return this.primed.has(cacheKey) ? this.primed.get(cacheKey)! : this.load(key);
  }
}

const isPromiseLike = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** `f` of a value that may still be loading: at once when it is there, after it when it is a promise. */
export function whenLoaded<V, R>(value: V | Promise<V>, f: (value: V) => R): R | Promise<R> {
  return value instanceof Promise ? value.then(f) : f(value);
}

/** A loader returning, for each key, the one row whose `keyOf` matches (or null). */
export function oneLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): PrimedLoader<K, V | null> {
  return new PrimedLoader(async (keys) => {
    const byKey = new Map((await fetch(keys)).map((row) => [keyOf(row), row]));
    return keys.map((key) => byKey.get(key) ?? null);
  });
}

/**
 * A loader returning, for each key, every row whose `keyOf` matches, in the order fetched. Composite keys
 * (objects) need `cacheKey`, which turns a key into the value `keyOf` returns for its rows.
 */
export function manyLoader<K, V, C = K>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => C,
  cacheKey: (key: K) => C = (key) => key as unknown as C,
): PrimedLoader<K, V[], C> {
  return new PrimedLoader(async (keys) => {
    const byKey = new Map<C, V[]>(keys.map((key) => [cacheKey(key), []]));
    for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
    return keys.map((key) => byKey.get(cacheKey(key))!);
  }, cacheKey);
}

/** Loaders created on demand for each distinct argument set (e.g. `cases(first: 5)` vs `cases(first: 10)`). */
export class LoaderFamily<K, V> {
  private readonly loaders = new Map<string, DataLoader<K, V>>();
  constructor(private readonly create: (argsKey: string) => DataLoader<K, V>) {}
  for(args: unknown): DataLoader<K, V> {
    const key = JSON.stringify(args ?? null);
    let loader = this.loaders.get(key);
    if (!loader) this.loaders.set(key, (loader = this.create(key)));
    return loader;
  }
}
