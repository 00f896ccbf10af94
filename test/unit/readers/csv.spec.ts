import { Readable } from 'node:stream';
import { readCsv } from '../../../ingest/readers/csv';
import { MAX_RECORD_CHARS } from '../../../ingest/readers/json-array';
import { type SourceRow } from '../../../ingest/readers/source-row';

async function read(text: string, jsonColumns: string[] = [], size = 5): Promise<SourceRow[]> {
  const bytes = Buffer.from(text, 'utf8');
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const rows: SourceRow[] = [];
  for await (const row of readCsv(Readable.from(chunks), { jsonColumns: new Set(jsonColumns) })) rows.push(row);
  return rows;
}

describe('readCsv', () => {
  it('reports a quote left open instead of reading the rest of the file as one row', async () => {
    const text = 'reference,title\nITA-1,"open quote\n' + 'x,'.repeat(MAX_RECORD_CHARS / 2 + 10) + '\n';
    const rows = await read(text, [], 1 << 20);
    expect(rows.some((r) => 'error' in r && /longer than .* quote/.test(r.error))).toBe(true);
  });

  it('reads rows by header name, with the line each starts on, across CRLF and quoted line breaks', async () => {
    const text =
      '\uFEFFreference, title ,country,crimeTypes\r\n' +
      'ITA-1,"Procura v. Rossi, ""il boss""",Italy,Trafficking in persons; money laundering\r\n' +
      '\r\n' +
      'FRA-2,"Line one\r\nline two\r\nline three",France,\r\n' +
      'DEU-3,Third,DEU,\r\n';
    expect(await read(text)).toEqual([
      { line: 2, record: { reference: 'ITA-1', title: 'Procura v. Rossi, "il boss"', country: 'Italy', crimeTypes: 'Trafficking in persons; money laundering' } },
      { line: 4, record: { reference: 'FRA-2', title: 'Line one\nline two\nline three', country: 'France' } },
      { line: 7, record: { reference: 'DEU-3', title: 'Third', country: 'DEU' } },
    ]);
  });

  it('parses JSON cells of the structured columns only, and reports a broken one naming the column', async () => {
    const text =
      'reference,title,defendants\n' +
      'A,[2014] EWCA Crim 1,"[{""name"": ""X"", ""charges"": [{""law"": ""L""}]}]"\n' +
      'B,Names only,Ann Smith; Bob Jones\n' +
      'C,Broken,"[{""name"": }]"\n';
    const rows = await read(text, ['defendants']);
    expect(rows[0]).toEqual({ line: 2, record: { reference: 'A', title: '[2014] EWCA Crim 1', defendants: [{ name: 'X', charges: [{ law: 'L' }] }] } });
    expect(rows[1]).toEqual({ line: 3, record: { reference: 'B', title: 'Names only', defendants: 'Ann Smith; Bob Jones' } });
    expect(rows[2]).toMatchObject({ line: 4, field: 'defendants', error: expect.stringMatching(/^defendants: the cell is not valid JSON/) });
  });

  it('reports rows with the wrong number of cells on their line and reads on; skips rows of empty cells', async () => {
    const rows = await read('reference,title,country\nA,x,ITA\nB,y\n,,\nC,z,ESP,extra\nD,w,FRA\n');
    expect(rows.map((r) => ('error' in r ? `error@${r.line}` : `${(r.record as { reference: string }).reference}@${r.line}`))).toEqual([
      'A@2',
      'error@3',
      'error@5',
      'D@6',
    ]);
    expect((rows[1] as { error: string }).error).toMatch(/has 2 cells where the header has 3/);
  });
});
