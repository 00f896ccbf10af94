import { stringify } from 'csv-stringify/sync';
import { type ExportRecord } from './catalogue-records';
import { oneLine, recordCountries, recordDate, type RecordWriter, type WriterContext } from './record-writer';

const COLUMNS = [
  'type', 'reference', 'title', 'country', 'country_name', 'date', 'court', 'court_level', 'language', 'crime_types',
  'articles', 'keywords', 'laws', 'defendants', 'authors', 'publisher', 'publication_kind', 'law_status', 'summary',
  'url',
] as const;
type Row = Record<(typeof COLUMNS)[number], string | number | null | undefined>;

const list = (values: (string | null | undefined)[] | undefined) => (values ?? []).filter(Boolean).join('; ');

function row(r: ExportRecord, context: WriterContext): Row {
  const countries = recordCountries(r);
  const common = {
    type: r.kind,
    reference: r.record.reference,
    title: r.record.title,
    country: list(countries),
    country_name: list(countries.map((c) => context.countryName(c))),
    date: recordDate(r),
    crime_types: list(r.record.crimeTypes),
    url: context.recordUrl(r),
  };
  switch (r.kind) {
    case 'case': {
      const c = r.record;
      return {
        ...common, court: c.court, court_level: c.courtLevel, language: c.language, articles: list(c.articles),
        keywords: list(c.keywords), laws: list(c.laws), defendants: list(c.defendants?.map((d) => d.name)),
        authors: null, publisher: null, publication_kind: null, law_status: null, summary: c.summary && oneLine(c.summary),
      };
    }
    case 'law': {
      const l = r.record;
      return {
        ...common, court: null, court_level: null, language: null,
        articles: list([...new Set(l.provisions?.flatMap((p) => p.articles ?? []) ?? [])].sort()), keywords: null,
        laws: null, defendants: null, authors: null, publisher: null, publication_kind: null, law_status: l.status,
        summary: null,
      };
    }
    case 'publication': {
      const p = r.record;
      return {
        ...common, court: null, court_level: null, language: p.language, articles: list(p.articles),
        keywords: list(p.keywords), laws: null, defendants: null, authors: list(p.authors), publisher: p.publisher,
        publication_kind: p.kind, law_status: null, summary: p.annotation && oneLine(p.annotation),
      };
    }
  }
}

/**
 * One row per record with its main fields, lists joined with "; ", every kind of record in one file (its `type`
 * column says which). Quoted as spreadsheets expect; cells a spreadsheet would run as formulas (=, +, -, @) are
 * escaped, as the directory's CSV export does.
 */
export function csvWriter(context: WriterContext): RecordWriter {
  return {
    contentType: 'text/csv; charset=utf-8',
    begin: () => stringify([COLUMNS.map(String)]),
    record: (r) => stringify([row(r, context)], { columns: [...COLUMNS], escape_formulas: true }),
    end: () => '',
  };
}
