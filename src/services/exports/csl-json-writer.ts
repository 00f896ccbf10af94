import { type ExportRecord } from './catalogue-records';
import { dateParts, recordDate, type RecordWriter, type WriterContext } from './record-writer';

/** CSL item types: cases and laws as such, publications by their kind. */
const PUBLICATION_TYPE: Record<string, string> = { book: 'book', article: 'article-journal', report: 'report', manual: 'report', guide: 'report' };

type CslName = { family: string; given: string } | { literal: string };

/** "Gallagher, Anne T." → family and given; any other form (an institution, one name) stays literal. */
function cslName(name: string): CslName {
  const match = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return match ? { family: match[1]!.trim(), given: match[2]!.trim() } : { literal: name.trim() };
}

const issued = (date: string | null) => {
  const parts = dateParts(date);
  return parts ? { issued: { 'date-parts': [parts] } } : {};
};

/** The item with its empty fields left out. */
const compact = (item: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(item).filter(([, v]) => v !== null && v !== undefined && v !== ''));

export function cslItem(r: ExportRecord, context: WriterContext): Record<string, unknown> {
  const date = recordDate(r);
  switch (r.kind) {
    case 'case': {
      const c = r.record;
      const keywords = [...(c.crimeTypes ?? []).map((code) => context.crimeTypeLabel(code)), ...(c.keywords ?? [])];
      return compact({
        id: c.reference, type: 'legal_case', title: c.title, authority: c.court, jurisdiction: context.countryName(c.country),
        number: c.reference, ...issued(date), language: c.language, abstract: c.summary,
        keyword: keywords.length ? keywords.join(', ') : null, URL: context.recordUrl(r),
      });
    }
    case 'law': {
      const l = r.record;
      const keywords = (l.crimeTypes ?? []).map((code) => context.crimeTypeLabel(code));
      return compact({
        id: l.reference, type: 'legislation', title: l.title, jurisdiction: context.countryName(l.country), number: l.reference,
        ...issued(date), keyword: keywords.length ? keywords.join(', ') : null, URL: context.recordUrl(r),
      });
    }
    case 'publication': {
      const p = r.record;
      const type = PUBLICATION_TYPE[p.kind] ?? 'document';
      return compact({
        id: p.reference, type, title: p.title, author: p.authors?.length ? p.authors.map(cslName) : null,
        ...issued(date), [type === 'article-journal' ? 'container-title' : 'publisher']: p.publisher, language: p.language,
        abstract: p.annotation, keyword: p.keywords?.length ? p.keywords.join(', ') : null, URL: p.url ?? context.recordUrl(r),
      });
    }
  }
}

/** CSL-JSON (the Citation Style Language's data format): one array of items, each keyed by the record's reference. */
export function cslJsonWriter(context: WriterContext): RecordWriter {
  return {
    contentType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    begin: () => '[',
    record: (r, position) => `${position === 0 ? '\n' : ',\n'}${JSON.stringify(cslItem(r, context))}`,
    end: () => '\n]\n',
  };
}
