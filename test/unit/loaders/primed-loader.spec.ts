import { PrimedLoader, whenLoaded } from '../../../src/loaders/batch';

/** A loader counting its batches, answering each key with `loaded:<key>`. */
function loader() {
  const batches: string[][] = [];
  const primed = new PrimedLoader<string, string>(async (keys) => {
    batches.push([...keys]);
    return keys.map((key) => `loaded:${key}`);
  });
  return { primed, batches };
}

test('a primed value comes back at once, not as a promise, and nothing is fetched', () => {
  const { primed, batches } = loader();
  primed.prime('a', 'read ahead');
  expect(primed.valueOrLoad('a')).toBe('read ahead');
  expect(batches).toEqual([]);
});

test('a key not primed is loaded, batched as DataLoader batches', async () => {
  const { primed, batches } = loader();
  const [b, c] = [primed.valueOrLoad('b'), primed.valueOrLoad('c')];
  expect(b).toBeInstanceOf(Promise);
  expect(await Promise.all([b, c])).toEqual(['loaded:b', 'loaded:c']);
  expect(batches).toEqual([['b', 'c']]);
});

test('as with DataLoader, the first value of a key stays: a key loaded before it is primed keeps its loaded value', async () => {
  const { primed } = loader();
  expect(await primed.load('d')).toBe('loaded:d');
  primed.prime('d', 'read ahead');
  expect(await primed.valueOrLoad('d')).toBe('loaded:d');
  primed.prime('e', 'first');
  primed.prime('e', 'second');
  expect(primed.valueOrLoad('e')).toBe('first');
  expect(await primed.load('e')).toBe('first');
});

test('clearing forgets the primed value', async () => {
  const { primed } = loader();
  primed.prime('f', 'read ahead');
  primed.clear('f');
  expect(await primed.valueOrLoad('f')).toBe('loaded:f');
  primed.prime('g', 'read ahead');
  primed.clearAll();
  expect(await primed.valueOrLoad('g')).toBe('loaded:g');
});

test('whenLoaded applies at once to a value, after it to a promise', async () => {
  expect(whenLoaded(2, (n) => n * 3)).toBe(6);
  const later = whenLoaded(Promise.resolve(2), (n) => n * 3);
  expect(later).toBeInstanceOf(Promise);
  expect(await later).toBe(6);
});
