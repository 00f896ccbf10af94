import { Readable } from 'node:stream';
import { MAX_RECORD_CHARS } from '../../../ingest/readers/json-array';
import { readNdjson } from '../../../ingest/readers/ndjson';
import { type SourceRow } from '../../../ingest/readers/source-row';

async function read(chunks: (string | Buffer)[]): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of readNdjson(Readable.from(chunks))) rows.push(row);
  return rows;
}

describe('readNdjson', () => {
  it('reads one record per line across chunk boundaries, CRLF, a byte order mark, blank lines and split characters', async () => {
    const bytes = Buffer.from('\uFEFF{"reference":"ITA-1","title":"Città"}\r\n\n{"reference":"FRA-2"}\n{"broken":\n{"reference":"DEU-3"}', 'utf8');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.subarray(i * 3, i * 3 + 3));
    expect(await read(chunks)).toEqual([
      { line: 1, record: { reference: 'ITA-1', title: 'Città' } },
      { line: 3, record: { reference: 'FRA-2' } },
      { line: 4, error: expect.stringMatching(/^invalid JSON/) },
      { line: 5, record: { reference: 'DEU-3' } },
    ]);
  });

  it('rejects a line longer than a record may be without holding it, and reads on', async () => {
    const huge = `{"reference":"X","summary":"${'a'.repeat(MAX_RECORD_CHARS + 10)}"}`;
    const pieces = huge.match(/[\s\S]{1,1048576}/g)!;
    const rows = await read(['{"reference":"A"}\n', ...pieces, '\n{"reference":"B"}\n']);
    expect(rows).toEqual([
      { line: 1, record: { reference: 'A' } },
      { line: 2, error: expect.stringMatching(/longer than/) },
      { line: 3, record: { reference: 'B' } },
    ]);
  });
});
