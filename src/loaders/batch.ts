import DataLoader from 'dataloader';

/** A loader returning, for each key, the one row whose `keyOf` matches (or null). */
export function oneLoader<K, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (row: V) => K): DataLoader<K, V | null> {
  return new DataLoader(async (keys) => {
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
): DataLoader<K, V[], C> {
  return new DataLoader(
    async (keys) => {
      const byKey = new Map<C, V[]>(keys.map((key) => [cacheKey(key), []]));
      for (const row of await fetch(keys)) byKey.get(keyOf(row))?.push(row);
      return keys.map((key) => byKey.get(cacheKey(key))!);
    },
    { cacheKeyFn: cacheKey },
  );
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
