import { toBatches } from '../../../src/search/meili/batches';
import { ensureSucceeded, MeiliTaskError } from '../../../src/search/meili/tasks';

describe('toBatches', () => {
  it('cuts at the document count', () => {
    expect(toBatches([1, 2, 3, 4, 5], 2, Infinity)).toEqual([[1, 2], [3, 4], [5]]);
    expect(toBatches([], 2, Infinity)).toEqual([]);
  });

  it('cuts before a batch outgrows the byte budget, and sends an oversized document alone', () => {
    const big = 'x'.repeat(100);
    const small = 'y';
    // JSON sizes: big 102 bytes, small 3 bytes.
    expect(toBatches([small, small, big, small, big, big], 10, 110)).toEqual([
      [small, small, big], // 108 bytes
      [small, big], // 105 bytes: adding the next big one would pass 110
      [big],
    ]);
    expect(toBatches([big], 10, 5)).toEqual([[big]]);
  });

  it('measures bytes, not characters', () => {
    const accented = 'é'.repeat(50); // 100 bytes in UTF-8, 102 as JSON
    expect(toBatches([accented, accented], 10, 150)).toEqual([[accented], [accented]]);
  });

  it('keeps 12,001 documents in order across batches of 5,000', () => {
    const documents = Array.from({ length: 12_001 }, (_, i) => ({ key: `case-${i}` }));
    const batches = toBatches(documents, 5_000, 16 * 1024 * 1024);
    expect(batches.map((batch) => batch.length)).toEqual([5_000, 5_000, 2_001]);
    expect(batches.flat()).toEqual(documents);
  });

  it('refuses a batch size below one', () => {
    expect(() => toBatches([1], 0, 10)).toThrow('maxCount must be ≥ 1, got 0');
  });
});

describe('ensureSucceeded', () => {
  const task = { uid: 7, type: 'settingsUpdate', indexUid: 'records' } as const;
  const error = { message: 'Invalid facet', code: 'invalid_settings_faceting', type: 'invalid_request', link: '' };

  it('accepts a succeeded task', () => {
    expect(() => ensureSucceeded({ ...task, status: 'succeeded', error: null })).not.toThrow();
  });

  it('throws a failed task with its type, index and Meilisearch message', () => {
    expect(() => ensureSucceeded({ ...task, status: 'failed', error })).toThrow(
      new MeiliTaskError({ ...task, status: 'failed', error }),
    );
    expect(() => ensureSucceeded({ ...task, status: 'failed', error })).toThrow(
      'Meilisearch task 7 (settingsUpdate on index "records") failed: Invalid facet (invalid_settings_faceting)',
    );
  });

  it('throws a canceled task', () => {
    expect(() => ensureSucceeded({ ...task, status: 'canceled', error: null })).toThrow(
      'Meilisearch task 7 (settingsUpdate on index "records") canceled: no error reported',
    );
  });

  it('accepts a failure whose code means the wanted state already holds', () => {
    const exists = { ...error, code: 'index_already_exists' };
    expect(() =>
      ensureSucceeded({ ...task, type: 'indexCreation', status: 'failed', error: exists }, ['index_already_exists']),
    ).not.toThrow();
    expect(() => ensureSucceeded({ ...task, status: 'failed', error }, ['index_already_exists'])).toThrow(
      MeiliTaskError,
    );
  });
});
