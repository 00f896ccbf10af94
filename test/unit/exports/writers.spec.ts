import { parse } from 'csv-parse/sync';
import { type ExportRecord } from '../../../src/services/exports/catalogue-records';
import { cslJsonWriter } from '../../../src/services/exports/csl-json-writer';
import { csvWriter } from '../../../src/services/exports/csv-writer';
import { jsonWriter } from '../../../src/services/exports/json-writer';
import { ndjsonWriter } from '../../../src/services/exports/ndjson-writer';
import { type RecordWriter, type WriterContext } from '../../../src/services/exports/record-writer';
import { risWriter } from '../../../src/services/exports/ris-writer';

const context: WriterContext = {
  countryName: (code) => ({ ITA: 'Italy', NGA: 'Nigeria', FRA: 'France' })[code] ?? code,
  crimeTypeLabel: (code) => ({ 'trafficking-in-persons': 'Trafficking in persons' })[code] ?? code,
  recordUrl: (r) => `https://portal.example/${r.kind}s/${encodeURIComponent(r.record.reference)}`,
};

const CASE: ExportRecord = {
  kind: 'case',
  record: {
    reference: 'ITA-2019-01', title: 'Procura v. Ferri (synthetic)', country: 'ITA', court: 'Tribunale di Palermo',
    courtLevel: 'FIRST_INSTANCE', decisionDate: '2019-03-26', language: 'it', crimeTypes: ['trafficking-in-persons'],
    articles: ['TIP-3', 'TIP-5'], keywords: ['Deception', 'Recruitment'], laws: ['ITA:CP-601'],
    summary: 'Women were recruited in Lagos\nwith false promises.', defendants: [{ name: 'Paolo Ferri', age: 45 }, { name: 'C. D. M.' }],
    sources: [{ label: 'Judgment', url: 'https://court.example/ferri' }],
  },
};
const LAW: ExportRecord = {
  kind: 'law',
  record: {
    reference: 'ITA:CP-601', country: 'ITA', title: 'Codice penale, art. 601 (synthetic)', enactedOn: '2003-08-11', status: 'in-force',
    crimeTypes: ['trafficking-in-persons'], provisions: [{ number: 'Art. 601', heading: 'Tratta', text: '…', articles: ['TIP-5', 'TIP-3'] }],
  },
};
const PUBLICATION: ExportRecord = {
  kind: 'publication',
  record: { reference: 'PUB-1', title: 'Smuggling at sea', kind: 'article', year: 2012, authors: ['Dupont, Jean', 'UNODC'], publisher: 'Journal of Synthetic Law', countries: ['ITA', 'NGA'] },
};
const FORMULA: ExportRecord = { kind: 'case', record: { reference: 'X-1', title: '=1+1', country: 'FRA', summary: '@SUM(A1)' } };

const write = (writer: RecordWriter, records: ExportRecord[]) => writer.begin() + records.map((r, i) => writer.record(r, i)).join('') + writer.end();

describe('JSON and NDJSON writers', () => {
  it('write the catalogue records themselves, as valid JSON for any number of records', () => {
    for (const records of [[], [CASE], [CASE, LAW, PUBLICATION]]) {
      expect(JSON.parse(write(jsonWriter(), records))).toEqual(records.map((r) => r.record));
      const lines = write(ndjsonWriter(), records).split('\n');
      expect(lines.pop()).toBe('');
      expect(lines.map((l) => JSON.parse(l))).toEqual(records.map((r) => r.record));
    }
  });
});

describe('CSV writer', () => {
  it('writes a header and one row per record, lists joined with "; ", on one line each', () => {
    const rows: Record<string, string>[] = parse(write(csvWriter(context), [CASE, LAW, PUBLICATION]), { columns: true });
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      type: 'case', reference: 'ITA-2019-01', country: 'ITA', country_name: 'Italy', date: '2019-03-26', court: 'Tribunale di Palermo',
      court_level: 'FIRST_INSTANCE', articles: 'TIP-3; TIP-5', keywords: 'Deception; Recruitment', defendants: 'Paolo Ferri; C. D. M.',
      summary: 'Women were recruited in Lagos with false promises.', url: 'https://portal.example/cases/ITA-2019-01',
    });
    expect(rows[1]).toMatchObject({ type: 'law', articles: 'TIP-3; TIP-5', law_status: 'in-force', date: '2003-08-11' });
    expect(rows[2]).toMatchObject({ type: 'publication', country: 'ITA; NGA', authors: 'Dupont, Jean; UNODC', publication_kind: 'article', date: '2012' });
  });

  it('escapes cells a spreadsheet would run as formulas', () => {
    const [row] = parse(write(csvWriter(context), [FORMULA]), { columns: true }) as Record<string, string>[];
    expect(row!.title).toBe("'=1+1");
    expect(row!.summary).toBe("'@SUM(A1)");
  });
});

describe('RIS writer', () => {
  // Records are separated by a blank line.
  const blocks = write(risWriter(context), [CASE, LAW, PUBLICATION, FORMULA]).split('ER  - \r\n').map((b) => b.replace(/^\r\n/, ''));

  it('writes a TY … ER block per record, every line a tag, two spaces, a hyphen and a value, CRLF ends', () => {
    expect(blocks.pop()).toBe('');
    expect(blocks).toHaveLength(4);
    for (const block of blocks) {
      const lines = block.split('\r\n').filter(Boolean);
      expect(lines[0]).toMatch(/^TY {2}- [A-Z]{4}$/);
      for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- [^\r\n]+$/);
    }
  });

  it('maps cases, laws and publications to CASE, STAT and the publication kind', () => {
    expect(blocks[0]).toBe([
      'TY  - CASE', 'ID  - ITA-2019-01', 'TI  - Procura v. Ferri (synthetic)', 'PB  - Tribunale di Palermo', 'CY  - Italy', 'PY  - 2019',
      'DA  - 2019/03/26/', 'M1  - ITA-2019-01', 'LA  - it', 'AB  - Women were recruited in Lagos with false promises.',
      'KW  - Trafficking in persons', 'KW  - Deception', 'KW  - Recruitment', 'UR  - https://portal.example/cases/ITA-2019-01',
      'L2  - https://court.example/ferri', '',
    ].join('\r\n'));
    expect(blocks[1]).toMatch(/^TY {2}- STAT\r\n/);
    expect(blocks[1]).toContain('DA  - 2003/08/11/');
    expect(blocks[2]).toMatch(/^TY {2}- JOUR\r\n/);
    expect(blocks[2]).toContain('AU  - Dupont, Jean\r\nAU  - UNODC\r\n');
    expect(blocks[2]).toContain('JO  - Journal of Synthetic Law');
  });
});

describe('CSL-JSON writer', () => {
  const items = JSON.parse(write(cslJsonWriter(context), [CASE, LAW, PUBLICATION])) as Record<string, unknown>[];

  it('writes legal_case, legislation and the publication type, keyed by reference, dates as date-parts', () => {
    expect(items[0]).toEqual({
      id: 'ITA-2019-01', type: 'legal_case', title: 'Procura v. Ferri (synthetic)', authority: 'Tribunale di Palermo', jurisdiction: 'Italy',
      number: 'ITA-2019-01', issued: { 'date-parts': [[2019, 3, 26]] }, language: 'it', abstract: 'Women were recruited in Lagos\nwith false promises.',
      keyword: 'Trafficking in persons, Deception, Recruitment', URL: 'https://portal.example/cases/ITA-2019-01',
    });
    expect(items[1]).toMatchObject({ type: 'legislation', jurisdiction: 'Italy', issued: { 'date-parts': [[2003, 8, 11]] } });
    expect(items[2]).toMatchObject({
      type: 'article-journal', 'container-title': 'Journal of Synthetic Law', issued: { 'date-parts': [[2012]] },
      author: [{ family: 'Dupont', given: 'Jean' }, { literal: 'UNODC' }],
    });
    expect(JSON.parse(write(cslJsonWriter(context), []))).toEqual([]);
  });
});
