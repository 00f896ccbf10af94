import { type ExportRecord } from './catalogue-records';
import { dateParts, oneLine, recordDate, type RecordWriter, type WriterContext } from './record-writer';

/** RIS reference types: a case, a statute, and a publication by its kind. */
const PUBLICATION_TYPE: Record<string, string> = { book: 'BOOK', article: 'JOUR', report: 'RPRT', manual: 'RPRT', guide: 'RPRT' };

/** `TY  - CASE`: the tag, two spaces, a hyphen, a space, the value on one line. */
const tag = (name: string, value: string | number | null | undefined): string[] => {
  if (value === null || value === undefined) return [];
  const text = oneLine(String(value));
  return text ? [`${name}  - ${text}`] : [];
};

/** RIS dates are `YYYY/MM/DD/` (parts may be empty). */
function risDate(date: string | null): string | null {
  const parts = dateParts(date);
  if (!parts) return null;
  const [y, m, d] = parts;
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${y}/${two(m)}/${two(d)}/`;
}

function lines(r: ExportRecord, context: WriterContext): string[] {
  const date = recordDate(r);
  const year = dateParts(date)?.[0];
  const url = tag('UR', context.recordUrl(r));
  switch (r.kind) {
    case 'case': {
      const c = r.record;
      return [
        ...tag('TY', 'CASE'), ...tag('ID', c.reference), ...tag('TI', c.title), ...tag('PB', c.court),
        ...tag('CY', context.countryName(c.country)), ...tag('PY', year), ...tag('DA', risDate(date)),
        ...tag('M1', c.reference), ...tag('LA', c.language), ...tag('AB', c.summary),
        ...(c.crimeTypes ?? []).flatMap((code) => tag('KW', context.crimeTypeLabel(code))),
        ...(c.keywords ?? []).flatMap((k) => tag('KW', k)), ...url,
        ...(c.sources ?? []).flatMap((s) => tag('L2', s.url)),
      ];
    }
    case 'law': {
      const l = r.record;
      return [
        ...tag('TY', 'STAT'), ...tag('ID', l.reference), ...tag('TI', l.title), ...tag('CY', context.countryName(l.country)),
        ...tag('PY', year), ...tag('DA', risDate(date)), ...tag('M1', l.reference),
        ...(l.crimeTypes ?? []).flatMap((code) => tag('KW', context.crimeTypeLabel(code))), ...url,
        ...(l.sources ?? []).flatMap((s) => tag('L2', s.url)),
      ];
    }
    case 'publication': {
      const p = r.record;
      const type = PUBLICATION_TYPE[p.kind] ?? 'GEN';
      return [
        ...tag('TY', type), ...tag('ID', p.reference), ...tag('TI', p.title), ...(p.authors ?? []).flatMap((a) => tag('AU', a)),
        ...tag('PY', year), ...tag(type === 'JOUR' ? 'JO' : 'PB', p.publisher), ...tag('LA', p.language),
        ...tag('AB', p.annotation), ...(p.keywords ?? []).flatMap((k) => tag('KW', k)),
        ...(p.crimeTypes ?? []).flatMap((code) => tag('KW', context.crimeTypeLabel(code))),
        ...tag('UR', p.url), ...tag('L2', context.recordUrl(r)),
      ];
    }
  }
}

/**
 * RIS for reference managers (Zotero, EndNote, Mendeley): `TY  - CASE` for cases (court as publisher, State as
 * place, decision date), `STAT` for laws, `BOOK`/`JOUR`/`RPRT` for publications; each record ends with `ER  - `.
 * Lines end with CRLF, as the format's specification has it.
 */
export function risWriter(context: WriterContext): RecordWriter {
  return {
    contentType: 'application/x-research-info-systems; charset=utf-8',
    begin: () => '',
    record: (r) => [...lines(r, context), 'ER  - ', '', ''].join('\r\n'),
    end: () => '',
  };
}
