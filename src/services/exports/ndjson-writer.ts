import { type RecordWriter } from './record-writer';

/** One catalogue record a line (NDJSON): the file `portal ingest --kind <kind> FILE.ndjson` loads. */
export function ndjsonWriter(): RecordWriter {
  return {
    contentType: 'application/x-ndjson; charset=utf-8',
    begin: () => '',
    record: ({ record }) => `${JSON.stringify(record)}\n`,
    end: () => '',
  };
}
