import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { formatFromName, openCatalogue, type SourceRow, UnknownFormatError } from '../../../ingest/readers';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalogue-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
};

async function rows(file: string, format?: 'csv' | 'json' | 'ndjson') {
  const source = openCatalogue(file, { format });
  const out: SourceRow[] = [];
  for await (const row of source.rows) out.push(row);
  return { source, rows: out };
}

const RECORDS = [
  { reference: 'A-1', title: 'One', country: 'ITA' },
  { reference: 'A-2', title: 'Two', country: 'FRA' },
];
const NDJSON = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n';
const JSON_ARRAY = `[\n${RECORDS.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
const CSV = 'reference,title,country\nA-1,One,ITA\nA-2,Two,FRA\n';

describe('openCatalogue', () => {
  it('tells the format from the name, .gz or not', () => {
    expect(formatFromName('x/cases.CSV')).toBe('csv');
    expect(formatFromName('cases.json.gz')).toBe('json');
    expect(formatFromName('cases.ndjson')).toBe('ndjson');
    expect(formatFromName('cases.jsonl.gz')).toBe('ndjson');
    expect(formatFromName('cases.txt')).toBeNull();
  });

  it.each([
    ['cases.ndjson', NDJSON],
    ['cases.json', JSON_ARRAY],
    ['cases.csv', CSV],
  ])('reads %s, plain and gzip-compressed, to the same records with their lines', async (name, content) => {
    const plain = await rows(write(name, content));
    const gzipped = await rows(write(`${name}.gz`, gzipSync(content)));
    const expected = RECORDS.map((record, i) => ({ line: i + 2 - (name.endsWith('.ndjson') ? 1 : 0), record }));
    expect(plain.rows).toEqual(expected);
    expect(gzipped.rows).toEqual(expected);
    expect(plain.source).toMatchObject({ compressed: false, size: Buffer.byteLength(content) });
    expect(gzipped.source.compressed).toBe(true);
    expect(gzipped.source.bytesRead()).toBe(gzipped.source.size);
  });

  it('takes the format given over the name, and recognizes gzip by content', async () => {
    const file = write('export.txt', gzipSync(CSV));
    expect(() => openCatalogue(file)).toThrow(UnknownFormatError);
    const { source, rows: read } = await rows(file, 'csv');
    expect(source).toMatchObject({ format: 'csv', compressed: true });
    expect(read).toHaveLength(2);
  });
});
