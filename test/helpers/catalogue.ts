import { type DataSource } from 'typeorm';
import { ingestFile, type IngestSummary } from '../../ingest/ingest-file';

/** Loads records through the real ingest pipeline (validation, normalization, batched writes). */
export async function loadRecords(
  dataSource: DataSource,
  kind: 'case' | 'law' | 'ratification' | 'treaty' | 'publication',
  records: unknown[],
  options: { publish?: boolean; batchSize?: number } = { publish: true },
): Promise<IngestSummary> {
  return ingestFile(dataSource, null, {
    kind,
    publish: options.publish ?? true,
    batchSize: options.batchSize,
    rows: records.map((record, i) => ({ line: i + 1, record })),
  });
}
