import { type RecordWriter } from './record-writer';

/**
 * A JSON array of catalogue records, one record a line: the file `portal ingest --kind <kind> FILE.json` loads
 * (it reads arrays record by record, whatever their size).
 */
export function jsonWriter(): RecordWriter {
  return {
    contentType: 'application/json; charset=utf-8',
    begin: () => '[',
    record: ({ record }, position) => `${position === 0 ? '\n' : ',\n'}${JSON.stringify(record)}`,
    end: () => '\n]\n',
  };
}
