/**
 * Splits documents into request-sized batches: at most `maxCount` documents and, when documents are large,
 * about `maxBytes` of JSON per request (Meilisearch rejects payloads over 100 MB by default). A document
 * larger than `maxBytes` travels alone.
 */
export function toBatches<T>(documents: readonly T[], maxCount: number, maxBytes: number): T[][] {
  if (!Number.isSafeInteger(maxCount) || maxCount < 1) throw new RangeError(`maxCount must be ≥ 1, got ${maxCount}`);
  const batches: T[][] = [];
  let batch: T[] = [];
  let bytes = 0;
  for (const document of documents) {
    const size = Buffer.byteLength(JSON.stringify(document));
    if (batch.length && (batch.length === maxCount || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(document);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}
