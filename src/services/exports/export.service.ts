import { type DataSource } from 'typeorm';
import { type RecordType } from '../../search/search-index';
import { badInput } from '../errors';
import { type ReferenceService } from '../reference.service';
import { type SearchFieldNames, type SearchRequest, type SearchService } from '../search.service';
import { type Viewer } from '../viewer';
import { catalogueRecords, type ExportRecord } from './catalogue-records';
import { cslJsonWriter } from './csl-json-writer';
import { csvWriter } from './csv-writer';
import { jsonWriter } from './json-writer';
import { ndjsonWriter } from './ndjson-writer';
import { type ExportFormat, type RecordWriter, type WriterContext } from './record-writer';
import { risWriter } from './ris-writer';

/** Most records one export holds. */
export const MAX_EXPORT_RECORDS = 100_000;
/**
 * Hits read from the search per page (record ids only; a search with text ranks every match again for each page,
 * so pages are large), and records read from the database per statement, each batch written out before the next
 * is read: memory stays flat whatever the size.
 */
export const EXPORT_PAGE_SIZE = 2_000;
export const RECORDS_PER_READ = 500;

/** The web search URL's parameter for each part of a search, as errors name them. */
export const EXPORT_PARAMETERS: SearchFieldNames = {
  text: 'q',
  countries: 'country',
  regions: 'region',
  crimeTypes: 'crime',
  articles: 'article',
  keywords: 'keyword',
  yearFrom: 'from',
  yearTo: 'to',
};

export interface ExportRequest {
  search: SearchRequest;
  format: ExportFormat;
  /** At most MAX_EXPORT_RECORDS. */
  limit: number;
  /** The portal's address, for links to each record's page (`https://portal.example`). */
  origin: string;
}

export interface OpenedExport {
  filename: string;
  contentType: string;
  /** The file in pieces, one page of records each: pull them as the client takes them. */
  chunks: AsyncGenerator<string>;
}

const PLURAL: Record<RecordType, string> = { CASE: 'cases', LAW: 'laws', PUBLICATION: 'publications' };
const PAGE_PATH: Record<ExportRecord['kind'], string> = { case: 'cases', law: 'laws', publication: 'publications' };

/**
 * Exports of a search: the search's own hits in its own order, walked page by page, each page's
 * records read from the database as catalogue records and written out before the next page is read.
 */
export class ExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
    private readonly search: SearchService,
    private readonly pageSize = EXPORT_PAGE_SIZE,
  ) {}

  /** Checks the request (BAD_USER_INPUT naming the URL parameter) and opens the export. */
  async open(viewer: Viewer, request: ExportRequest): Promise<OpenedExport> {
    const types = request.search.types ?? [];
    const catalogue = request.format === 'json' || request.format === 'ndjson';
    if (catalogue && types.length !== 1) {
      throw badInput('type', types.join(',') || null,
        `a ${request.format.toUpperCase()} export is a catalogue of one kind of record, as \`portal ingest --kind\` loads it: ` +
        'add type=CASE, type=LAW or type=PUBLICATION (CSV, RIS and CSL-JSON take every kind at once)');
    }
    if (!Number.isInteger(request.limit) || request.limit < 1 || request.limit > MAX_EXPORT_RECORDS) {
      throw badInput('limit', request.limit, `use a whole number from 1 to ${MAX_EXPORT_RECORDS}`);
    }
    const query = await this.search.orderedQuery(request.search, this.pageSize, EXPORT_PARAMETERS);
    const writer = await this.writer(request);
    const day = new Date().toISOString().slice(0, 10);
    const what = types.length === 1 ? PLURAL[types[0]!] : 'records';
    return {
      filename: `portal-${what}-${day}.${request.format}`,
      contentType: writer.contentType,
      chunks: this.chunks(viewer, writer, this.search.walk(query, request.limit)),
    };
  }

  private async *chunks(viewer: Viewer, writer: RecordWriter, pages: AsyncGenerator<{ type: RecordType; id: string }[]>) {
    let position = 0;
    let chunk = writer.begin();
    for await (const hits of pages) {
      for (let from = 0; from < hits.length; from += RECORDS_PER_READ) {
        for (const record of await catalogueRecords(this.dataSource, viewer, hits.slice(from, from + RECORDS_PER_READ))) {
          chunk += writer.record(record, position++);
        }
        yield chunk;
        chunk = '';
      }
    }
    yield chunk + writer.end();
  }

  private async writer(request: ExportRequest): Promise<RecordWriter> {
    const { countries, crimeTypes } = await this.reference.labels();
    const context: WriterContext = {
      countryName: (code) => countries.get(code) ?? code,
      crimeTypeLabel: (code) => crimeTypes.get(code) ?? code,
      recordUrl: (r) => `${request.origin}/${PAGE_PATH[r.kind]}/${encodeURIComponent(r.record.reference)}`,
    };
    switch (request.format) {
      case 'csv':
        return csvWriter(context);
      case 'json':
        return jsonWriter();
      case 'ndjson':
        return ndjsonWriter();
      case 'ris':
        return risWriter(context);
      case 'csl.json':
        return cslJsonWriter(context);
    }
  }
}
