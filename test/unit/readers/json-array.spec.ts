import { Readable } from 'node:stream';
import { JsonArrayScanner, readJsonArray } from '../../../ingest/readers/json-array';
import { type SourceRow } from '../../../ingest/readers/source-row';

/** Reads `text` through the streaming reader, in chunks of `size` characters (1: every boundary is tested). */
async function read(text: string, size = text.length || 1): Promise<SourceRow[]> {
  const chunks: Buffer[] = [];
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const rows: SourceRow[] = [];
  for await (const row of readJsonArray(Readable.from(chunks))) rows.push(row);
  return rows;
}

describe(JsonArrayScanner.name, () => {
  const doc = `[
  {"reference": "A-1", "title": "Brackets ] and } and \\" quotes, commas", "country": "ITA"},
  {"reference": "A-2",
   "defendants": [{"name": "Ngọc \\u00e9", "charges": [{"law": "X"}]}]},

  {"reference": "A-3", "title": "multi\\nline"}
]
`;

  it.each([1, 3, 7, 1024])('yields each record with the line it starts on (chunks of %i bytes)', async (size) => {
    expect(await read(doc, size)).toEqual([
      { line: 2, record: { reference: 'A-1', title: 'Brackets ] and } and " quotes, commas', country: 'ITA' } },
      { line: 3, record: { reference: 'A-2', defendants: [{ name: 'Ngọc é', charges: [{ law: 'X' }] }] } },
      { line: 6, record: { reference: 'A-3', title: 'multi\nline' } },
    ]);
  });

  it('rejects a malformed record alone and goes on with its neighbours', async () => {
    const rows = await read('[\n{"reference": "A-1"},\n{"reference": "A-2",},\n{"reference": "A-3"}\n]');
    expect(rows.map((r) => ('error' in r ? ['error', r.line] : [(r.record as { reference: string }).reference, r.line]))).toEqual([
      ['A-1', 2],
      ['error', 3],
      ['A-3', 4],
    ]);
    expect((rows[1] as { error: string }).error).toMatch(/^invalid JSON/);
  });

  it('accepts a byte order mark, an empty array and values that are not objects (validation rejects those)', async () => {
    expect(await read('\uFEFF[]')).toEqual([]);
    expect(await read('[1, "x", null]')).toEqual([
      { line: 1, record: 1 },
      { line: 1, record: 'x' },
      { line: 1, record: null },
    ]);
  });

  it.each([
    ['{"reference": "A-1"}', 1, /not a JSON array/],
    ['', 1, /empty/],
    ['[{"a": 1}] trailing', 1, /after the "]"/],
    ['[{"a": 1},\n{"b": [1}\n]', 2, /does not match/],
    ['[{"a": 1},\n{"b": 2', 2, /ends inside this record/],
    ['[{"a": 1}\n', 2, /ends before the "]"/],
    ['[{"a": 1},,{"b": 2}]', 1, /empty record/],
    ['[{"a": 1},\n]', 2, /empty record/],
  ])('reports a structural fault on its line: %j', async (text, line, message) => {
    const rows = await read(text);
    const error = rows.find((r) => 'error' in r) as { line: number; error: string };
    expect(error).toMatchObject({ line });
    expect(error.error).toMatch(message);
  });

  it('still loads a whole last record when only the closing "]" is missing', async () => {
    expect(await read('[{"a": 1},\n{"b": 2}\n')).toEqual([
      { line: 1, record: { a: 1 } },
      { line: 2, record: { b: 2 } },
      { line: 3, error: 'the file ends before the "]" that closes the array' },
    ]);
  });

  it('stops at a fault that leaves the rest of the file unreadable', async () => {
    const rows = await read('[{"a": [}, {"b": 1}, {"c": 2}]');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 1, error: expect.stringMatching(/does not match/) });
  });
});
